import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
} from "@debrief/ui";
import {
  CalendarCheckIcon,
  InboxIcon,
  LibraryIcon,
  ListChecksIcon,
  ScaleIcon,
  TextQuoteIcon,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { FirstRunGuide } from "~/components/first-run-guide";
import { LocalTime } from "~/components/local-time";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Coaching" };

export default async function CoachHomePage() {
  const viewer = await requireViewerRole("coach");
  const caller = await getServerCaller();
  const [counts, sets] = await Promise.all([caller.reviews.counts(), caller.questionSets.list({})]);
  const countsByCohort = new Map(counts.map((c) => [c.cohortId, c]));
  const cohortCounts = viewer.cohorts.map((cohort) => {
    const toReview = countsByCohort.get(cohort.cohortId)?.toReview ?? 0;
    const inReview = countsByCohort.get(cohort.cohortId)?.inReview ?? 0;
    return { ...cohort, toReview, inReview, hasWork: toReview + inReview > 0 };
  });
  const assignmentsBySet = await Promise.all(
    sets
      .filter((s) => s.assignedCount > 0)
      .map(async (set) => ({
        set,
        assignments: await caller.assignments.forSet({ setId: set.id }),
      })),
  );
  const overdue = assignmentsBySet
    .flatMap(({ set, assignments }) =>
      assignments
        .filter((a) => a.isOverdue && a.completed < a.total)
        .map((a) => ({ ...a, setId: set.id, setTitle: set.title, cohortName: set.cohortName })),
    )
    .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
  const firstName = viewer.name.split(" ")[0] ?? viewer.name;
  const isGuideOpen = await caller.me.guideOpen({ role: "coach" });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        title="Coaching"
        eyebrow={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span data-testid="viewer-name" className="font-medium text-foreground">
              {viewer.name}
            </span>
            <Badge variant="secondary" data-testid="viewer-role">
              Coach
            </Badge>
          </span>
        }
        description="Your cohorts, the answers waiting for you and the assignments running late."
        actions={
          <Button asChild>
            <Link href="/coach/queue">
              <InboxIcon aria-hidden />
              Open the review queue
            </Link>
          </Button>
        }
      />
      {isGuideOpen ? <FirstRunGuide forRole="coach" firstName={firstName} /> : null}

      <section aria-labelledby="cohorts-heading" className="flex flex-col gap-3">
        <h2 id="cohorts-heading" className="text-lg font-semibold">
          Your cohorts
        </h2>
        <ul data-testid="cohort-list" className="grid gap-4 md:grid-cols-2">
          {cohortCounts.map((cohort) => (
            <li key={cohort.cohortId}>
              <Card className="gap-4">
                <CardHeader>
                  <CardTitle as="h3" className="text-base">
                    {cohort.cohortName}
                  </CardTitle>
                  <p className="text-sm text-muted-foreground">{cohort.organisationName}</p>
                </CardHeader>
                <CardContent className="flex flex-col gap-4">
                  <dl className="grid grid-cols-2 gap-3">
                    <div className="rounded-lg border px-3 py-2">
                      <dt className="text-xs text-muted-foreground">To review</dt>
                      <dd className="text-2xl font-semibold tabular-nums">{cohort.toReview}</dd>
                    </div>
                    <div className="rounded-lg border px-3 py-2">
                      <dt className="text-xs text-muted-foreground">In review</dt>
                      <dd className="text-2xl font-semibold tabular-nums">{cohort.inReview}</dd>
                    </div>
                  </dl>
                  <div className="flex flex-wrap gap-2">
                    <Button asChild size="sm" variant={cohort.hasWork ? "default" : "outline"}>
                      <Link href={`/coach/queue?cohort=${cohort.cohortId}`}>
                        Review {cohort.cohortName}
                      </Link>
                    </Button>
                    <Button asChild size="sm" variant="outline">
                      <Link href={`/coach/agreement?cohort=${cohort.cohortId}`}>Agreement</Link>
                    </Button>
                  </div>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="overdue-heading" className="flex flex-col gap-3">
          <h2 id="overdue-heading" className="text-lg font-semibold">
            Overdue assignments
          </h2>
          {overdue.length === 0 ? (
            <EmptyState
              headingLevel={3}
              icon={<CalendarCheckIcon />}
              title="Nothing overdue"
              body="Every assigned set is on time or done."
            />
          ) : (
            <ul className="flex flex-col divide-y rounded-xl border bg-card">
              {overdue.map((a) => (
                <li
                  key={a.id}
                  className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm"
                >
                  <span className="min-w-40 font-medium">{a.candidateName}</span>
                  <Link
                    href={`/coach/sets/${a.setId}`}
                    className="min-w-0 flex-1 truncate underline-offset-4 hover:underline"
                  >
                    {a.setTitle}
                  </Link>
                  <span className="text-muted-foreground tabular-nums">
                    {a.completed} of {a.total} answered
                  </span>
                  <Badge variant="destructive">
                    Overdue · <LocalTime value={a.dueAt} format="date" />
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </section>
        <nav aria-labelledby="links-heading" className="flex flex-col gap-3">
          <h2 id="links-heading" className="text-lg font-semibold">
            Quick links
          </h2>
          <ul className="flex flex-col gap-1">
            <QuickLink href="/coach/queue" icon={<InboxIcon aria-hidden />} label="Review queue" />
            <QuickLink
              href="/coach/sets"
              icon={<ListChecksIcon aria-hidden />}
              label="Build a question set"
            />
            <QuickLink
              href="/coach/questions"
              icon={<LibraryIcon aria-hidden />}
              label="Question bank"
            />
            <QuickLink
              href="/coach/agreement"
              icon={<ScaleIcon aria-hidden />}
              label="Agreement with the engine"
            />
            <QuickLink
              href="/coach/comments"
              icon={<TextQuoteIcon aria-hidden />}
              label="Comment bank"
            />
          </ul>
        </nav>
      </div>
    </div>
  );
}

function QuickLink({ href, icon, label }: { href: string; icon: ReactNode; label: string }) {
  return (
    <li>
      <Link
        href={href}
        className="flex items-center gap-2 rounded-md px-2 py-2 text-sm hover:bg-accent [&_svg]:size-4 [&_svg]:text-muted-foreground"
      >
        {icon}
        {label}
      </Link>
    </li>
  );
}
