import { dimensionInfo, dimensionKeys, isQuestionKind } from "@debrief/core";
import { maxSecondGradeCommentLength } from "@debrief/db/limits";
import { Alert, AlertDescription, AlertTitle, PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { type GradeColumn, GradesTable } from "~/components/double-scoring/grades-table";
import { SecondGradeForm } from "~/components/double-scoring/second-grade-form";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ answerId: string }>;
}

const load = cache(async (answerId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.doubleScoring.get({ answerId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load((await params).answerId);
  return { title: `Second grade: ${detail.candidate.name}, ${detail.question.title}` };
}

const dimensions = dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }));

export default async function SecondGradePage({ params }: Props) {
  await requireViewerRole("coach");
  const detail = await load((await params).answerId);
  const { question, candidate, cohort, answer } = detail;
  if (!isQuestionKind(question.kind)) notFound();
  const columns: GradeColumn[] = [
    { title: "Engine", scores: detail.auto.dimensions, overall: detail.auto.overall },
  ];
  if (detail.firstGrade) {
    columns.push({
      title: "First grade",
      detail: detail.firstGrade.reviewerName,
      scores: detail.firstGrade.dimensions,
      overall: detail.firstGrade.overall,
    });
  }
  if (detail.secondGrade) {
    columns.push({
      title: "Second grade",
      detail: detail.secondGrade.reviewerName,
      scores: detail.secondGrade.dimensions,
      overall: detail.secondGrade.overall,
    });
  }
  const disputed =
    detail.firstGrade && detail.secondGrade
      ? dimensionKeys.filter(
          (key) =>
            Math.abs(
              (detail.firstGrade?.dimensions[key] ?? 0) -
                (detail.secondGrade?.dimensions[key] ?? 0),
            ) >= 2,
        )
      : [];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "Second grades", href: "/coach/second-grades" },
              { label: cohort.name },
            ]}
          />
        }
        title={`${candidate.name}: ${question.title}`}
        description={
          <>
            {kindLabel(question.kind)} · attempt {answer.attempt} · {answer.wordCount} words ·
            submitted <LocalTime value={answer.submittedAt} />
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-labelledby="answer-heading" className="flex flex-col gap-3">
          <h2 id="answer-heading" className="text-base font-semibold">
            The answer
          </h2>
          <p className="text-sm text-muted-foreground">{question.prompt}</p>
          <div className="whitespace-pre-wrap rounded-xl border bg-card p-4 text-sm leading-relaxed">
            {answer.body}
          </div>
        </section>
        <section aria-labelledby="grade-heading" className="flex flex-col gap-4">
          <h2 id="grade-heading" className="text-base font-semibold">
            {detail.secondGrade ? "Both grades" : "Your independent grade"}
          </h2>
          {detail.blockedReason ? (
            <Alert>
              <AlertTitle>Not yours to second-grade</AlertTitle>
              <AlertDescription>{detail.blockedReason}</AlertDescription>
            </Alert>
          ) : detail.secondGrade ? (
            <>
              {detail.firstGrade ? null : (
                <p className="text-sm text-muted-foreground">
                  The second grade is in. The first coach's grade shows here once they submit it.
                </p>
              )}
              <GradesTable
                dimensions={dimensions}
                columns={columns}
                disputed={disputed}
                caption="The engine's score and both coaches' grades"
              />
              {disputed.length > 0 ? (
                <p className="text-sm text-muted-foreground">
                  The two grades are two or more points apart, so a lead settles the final grade.
                </p>
              ) : null}
              {detail.secondGrade.comment ? (
                <p className="text-sm">
                  <span className="font-medium">Second coach's note:</span>{" "}
                  {detail.secondGrade.comment}
                </p>
              ) : null}
            </>
          ) : (
            <div className="rounded-xl border bg-card p-4">
              <p className="mb-2 text-sm text-muted-foreground">
                The first coach's grade stays hidden until yours is in.
              </p>
              <SecondGradeForm
                answerId={answer.id}
                dimensions={dimensions}
                engine={detail.auto.dimensions}
                commentMaxLength={maxSecondGradeCommentLength}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
