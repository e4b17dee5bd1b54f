import { Badge, PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { RecentAttempts } from "~/components/answers/recent-attempts";
import { AssignmentList } from "~/components/assignments/assignment-list";
import { FirstRunGuide } from "~/components/first-run-guide";
import { KindGrid } from "~/components/questions/kind-grid";
import { NextBestCard } from "~/components/questions/next-best-card";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeHomePage() {
  const viewer = await requireViewerRole("candidate");
  const caller = await getServerCaller();
  const [assignments, nextBest, questions, recent] = await Promise.all([
    caller.assignments.mine(),
    caller.questions.nextBest(),
    caller.questions.list({}),
    caller.answers.recent({ limit: 6 }),
  ]);
  const firstName = viewer.name.split(" ")[0] ?? viewer.name;
  const isGuideOpen = await caller.me.guideOpen({ role: "candidate" });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Practice"
        eyebrow={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span data-testid="viewer-name" className="font-medium text-foreground">
              {viewer.name}
            </span>
            <Badge variant="secondary" data-testid="viewer-role">
              Candidate
            </Badge>
            <ul data-testid="cohort-list" className="contents">
              {viewer.cohorts.map((cohort) => (
                <li key={cohort.cohortId} className="text-xs">
                  {cohort.cohortName} · {cohort.organisationName}
                </li>
              ))}
            </ul>
          </span>
        }
        description="Answer a question, get instant feedback, then revise until it reads the way you would say it."
        className="mb-0"
      />
      {isGuideOpen ? <FirstRunGuide forRole="candidate" firstName={firstName} /> : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="assigned-heading" className="flex flex-col gap-3">
            <h2 id="assigned-heading" className="text-lg font-semibold">
              Assigned to you
            </h2>
            <AssignmentList assignments={assignments} />
          </section>
          <section aria-labelledby="free-practice-heading" className="flex flex-col gap-3">
            <div className="flex items-baseline justify-between gap-3">
              <h2 id="free-practice-heading" className="text-lg font-semibold">
                Free practice
              </h2>
              <Link
                href="/practice/questions"
                className="text-sm text-primary underline-offset-4 hover:underline"
              >
                All questions
              </Link>
            </div>
            <KindGrid questions={questions} />
          </section>
        </div>
        <div className="flex flex-col gap-8">
          <NextBestCard next={nextBest} />
          <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
            <h2 id="recent-heading" className="text-lg font-semibold">
              Recent attempts
            </h2>
            <RecentAttempts attempts={recent} />
          </section>
        </div>
      </div>
    </div>
  );
}
