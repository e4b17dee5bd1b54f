import { dimensionInfo, dimensionKeys, isQuestionKind } from "@debrief/core";
import { maxModerationReasonLength } from "@debrief/db/limits";
import { Alert, AlertDescription, AlertTitle, PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { type GradeColumn, GradesTable } from "~/components/double-scoring/grades-table";
import { SettleForm } from "~/components/double-scoring/settle-form";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ cohortId: string; answerId: string }>;
}

const load = cache(async (cohortId: string, answerId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.moderation.get({ cohortId, answerId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId, answerId } = await params;
  const detail = await load(cohortId, answerId);
  return { title: `Moderation: ${detail.candidate.name}, ${detail.question.title}` };
}

const dimensions = dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }));

export default async function ModerationCasePage({ params }: Props) {
  const viewer = await requireViewerRole("lead");
  const { cohortId, answerId } = await params;
  const detail = await load(cohortId, answerId);
  const { question, candidate, answer, firstGrade, secondGrade, settled } = detail;
  if (!isQuestionKind(question.kind)) notFound();
  const cohortName = viewer.cohorts.find((c) => c.cohortId === cohortId)?.cohortName ?? "Cohort";
  const columns: GradeColumn[] = [
    { title: "Engine", scores: detail.auto.dimensions, overall: detail.auto.overall },
    {
      title: "First",
      detail: firstGrade.reviewerName,
      scores: firstGrade.dimensions,
      overall: firstGrade.overall,
    },
    {
      title: "Second",
      detail: secondGrade.reviewerName,
      scores: secondGrade.dimensions,
      overall: secondGrade.overall,
    },
  ];
  if (settled) {
    columns.push({
      title: "Final",
      detail: settled.byName ?? undefined,
      scores: settled.dimensions,
      overall: settled.overall,
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: cohortName, href: `/lead/cohorts/${cohortId}` },
              { label: "Double-scoring", href: `/lead/cohorts/${cohortId}/moderation` },
            ]}
          />
        }
        title={`${candidate.name}: ${question.title}`}
        description={
          <>
            {kindLabel(question.kind)} · submitted <LocalTime value={answer.submittedAt} />
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="flex flex-col gap-6">
          <section aria-labelledby="grades-heading" className="flex flex-col gap-3">
            <h2 id="grades-heading" className="text-base font-semibold">
              The grades
            </h2>
            <GradesTable
              dimensions={dimensions}
              columns={columns}
              disputed={detail.disputed}
              caption="The engine's score, both coaches' grades and the final grade"
            />
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div className="rounded-lg border p-3">
                <dt className="font-medium">{firstGrade.reviewerName} (first)</dt>
                <dd className="text-muted-foreground">{firstGrade.comment || "No comment."}</dd>
              </div>
              <div className="rounded-lg border p-3">
                <dt className="font-medium">{secondGrade.reviewerName} (second)</dt>
                <dd className="text-muted-foreground">{secondGrade.comment || "No note."}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="answer-heading" className="flex flex-col gap-3">
            <h2 id="answer-heading" className="text-base font-semibold">
              The answer
            </h2>
            <p className="text-sm text-muted-foreground">{question.prompt}</p>
            <div className="whitespace-pre-wrap rounded-xl border bg-card p-4 text-sm leading-relaxed">
              {answer.body}
            </div>
          </section>
        </div>
        <section aria-labelledby="final-heading" className="flex flex-col gap-3">
          <h2 id="final-heading" className="text-base font-semibold">
            Final grade
          </h2>
          {settled ? (
            <Alert>
              <AlertTitle>
                Settled at {settled.overall} by {settled.byName ?? "a former member"}
              </AlertTitle>
              <AlertDescription>
                “{settled.reason}” · <LocalTime value={settled.at} />. The candidate and the
                dashboards see this grade; both coaches' grades are kept.
              </AlertDescription>
            </Alert>
          ) : detail.disputed.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              The two grades are within one point on every dimension: nothing to settle.
            </p>
          ) : (
            <div className="rounded-xl border bg-card p-4">
              <p className="mb-2 text-sm text-muted-foreground">
                Starts from the first grade. What you settle becomes the coach score the candidate
                sees.
              </p>
              <SettleForm
                cohortId={cohortId}
                answerId={answer.id}
                expectedVersion={answer.version}
                dimensions={dimensions}
                first={firstGrade.dimensions}
                second={secondGrade.dimensions}
                reasonMaxLength={maxModerationReasonLength}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
