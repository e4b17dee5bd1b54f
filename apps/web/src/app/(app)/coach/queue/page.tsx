import { isQuestionKind } from "@debrief/core";
import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { QueueViewSwitch, RegradeQueue } from "~/components/regrades/regrade-queue";
import { QueueView } from "~/components/reviews/queue-view";
import { SecondGradesWaiting } from "~/components/double-scoring/second-grades-waiting";
import { RepliesWaiting } from "~/components/reviews/replies-waiting";
import { rubricLabels } from "~/components/rubric/rubric-labels";
import { dimensionLabels } from "~/components/rubric/rubric-view";
import { type QueueFilters, queueInput } from "~/lib/list-filters";
import { firstParam, oneOf, type SearchParams, uuidParam } from "~/lib/search-params";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Review queue" };

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function ReviewQueuePage({ searchParams }: Props) {
  const viewer = await requireViewerRole("coach");
  const params = await searchParams;
  const kind = firstParam(params.kind);
  // A cohort the viewer does not coach (an old or edited link) is no filter at all.
  const cohortParam = uuidParam(params.cohort);
  const filters: QueueFilters = {
    cohortId: viewer.cohorts.some((c) => c.cohortId === cohortParam)
      ? (cohortParam ?? undefined)
      : undefined,
    kind: isQuestionKind(kind) ? kind : undefined,
    candidateId: uuidParam(params.candidate),
    status: oneOf(params.status, ["to_review", "in_review", "reviewed"] as const) ?? "to_review",
    sort: oneOf(params.sort, ["due", "attention"] as const) ?? "due",
  };

  const caller = await getServerCaller();
  const pendingRegrades = await caller.regrades.pendingCount();
  if (params.view === "regrades") {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader
          className="mb-0"
          title="Review queue"
          description="Candidates asking you to look again at named scores of a released review."
        />
        <QueueViewSwitch view="regrades" pendingRegrades={pendingRegrades} />
        <RegradeQueue
          status={params.regrades === "decided" ? "decided" : "pending"}
          labels={dimensionLabels()}
        />
      </div>
    );
  }
  const cohorts = viewer.cohorts.map((c) => ({ id: c.cohortId, name: c.cohortName }));
  const [members, firstPage, waiting, secondGrades] = await Promise.all([
    Promise.all(cohorts.map((c) => caller.cohorts.members({ cohortId: c.id }))),
    caller.reviews.queue(queueInput(filters)),
    caller.reviews.repliesWaiting(),
    caller.doubleScoring.queue(),
  ]);
  const candidates = new Map<string, string>();
  for (const m of members.flat()) if (m.role === "candidate") candidates.set(m.userId, m.name);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Review queue"
        description="Submitted answers from your cohorts. Open one to check the engine's scores, adjust them and leave comments the candidate will see."
      />
      <QueueViewSwitch view="answers" pendingRegrades={pendingRegrades} />
      <RepliesWaiting items={waiting} />
      <SecondGradesWaiting total={secondGrades.total} />
      <QueueView
        initialFilters={filters}
        initialPage={firstPage}
        cohorts={cohorts}
        candidates={[...candidates]
          .map(([id, name]) => ({ id, name }))
          .sort((a, b) => a.name.localeCompare(b.name))}
        labels={rubricLabels()}
      />
    </div>
  );
}
