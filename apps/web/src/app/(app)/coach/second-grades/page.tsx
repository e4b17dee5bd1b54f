import { EmptyState, PageHeader } from "@debrief/ui";
import { ScaleIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Second grades" };

export default async function SecondGradesPage() {
  await requireViewerRole("coach");
  const caller = await getServerCaller();
  const queue = await caller.doubleScoring.queue();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={<Breadcrumbs items={[{ label: "Review queue", href: "/coach/queue" }]} />}
        title="Second grades"
        description="Answers your lead sampled for double-scoring. Grade each one on your own: you will see the other coach's grade once both are in."
      />
      {queue.items.length === 0 ? (
        <EmptyState
          icon={<ScaleIcon />}
          title="No second grades waiting"
          body="When a lead turns on double-scoring for one of your cohorts, sampled answers appear here."
        />
      ) : (
        <section aria-labelledby="second-grades-heading" className="flex flex-col gap-3">
          <h2 id="second-grades-heading" className="text-base font-semibold">
            Waiting for a second grade ({queue.total})
          </h2>
          <ul className="flex flex-col divide-y rounded-xl border bg-card">
            {queue.items.map((item) => (
              <li key={item.answerId} className="flex flex-col gap-1 p-4 text-sm">
                <Link
                  href={`/coach/second-grades/${item.answerId}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {item.candidateName}: {item.questionTitle}
                </Link>
                <span className="text-muted-foreground">
                  {item.cohortName} · {kindLabel(item.kind)} · attempt {item.attempt} · submitted{" "}
                  <LocalTime value={item.submittedAt} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
