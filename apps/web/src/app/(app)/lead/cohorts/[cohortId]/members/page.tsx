import { PageHeader } from "@debrief/ui";
import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InvitationList } from "~/components/invitations/invitation-list";
import { InviteForm } from "~/components/invitations/invite-form";
import { MemberTable } from "~/components/members/member-table";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ cohortId: string }>;
}

async function leadCohort(cohortId: string) {
  const viewer = await requireViewerRole("lead");
  const cohort = viewer.cohorts.find((c) => c.cohortId === cohortId);
  // Not this lead's cohort (or not a cohort at all): the same 404 either way.
  if (!cohort) notFound();
  return { viewer, cohort };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohort } = await leadCohort((await params).cohortId);
  return { title: `Members of ${cohort.cohortName}` };
}

export default async function CohortMembersPage({ params }: Props) {
  const { cohortId } = await params;
  const { viewer, cohort } = await leadCohort(cohortId);
  const caller = await getServerCaller();
  // Rendered here and passed down; after a change the forms refresh the route for new lists.
  const [members, invitations] = await Promise.all([
    caller.members.list({ cohortId }),
    caller.invitations.list({ cohortId }),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Link
            href={`/lead/cohorts/${cohortId}`}
            className="inline-flex items-center gap-1 hover:text-foreground"
          >
            <ArrowLeftIcon aria-hidden className="size-3.5" />
            {cohort.cohortName} dashboard
          </Link>
        }
        title="Members and invitations"
        description={`Who is in ${cohort.cohortName}, in which role, and who has been invited. Changes apply on each person's next request.`}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="members-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="members-heading" className="text-lg font-semibold">
            Members
          </h2>
          <MemberTable
            cohortId={cohortId}
            cohortName={cohort.cohortName}
            viewerId={viewer.id}
            members={members}
          />
        </section>
        <div className="flex flex-col gap-3 lg:row-span-2">
          <InviteForm
            cohortId={cohortId}
            pendingIds={invitations.filter((i) => i.status === "pending").map((i) => i.id)}
          />
        </div>
        <section aria-labelledby="invitations-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="invitations-heading" className="text-lg font-semibold">
            Invitations
          </h2>
          <InvitationList cohortId={cohortId} invitations={invitations} />
        </section>
      </div>
    </div>
  );
}
