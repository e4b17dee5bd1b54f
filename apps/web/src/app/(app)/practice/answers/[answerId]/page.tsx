import { isQuestionKind } from "@debrief/core";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  DimensionBars,
  EvidenceLegend,
  EvidenceText,
  FlagList,
  OverallScore,
  PageHeader,
  SuggestionList,
} from "@debrief/ui";
import { ChevronLeftIcon, ChevronRightIcon, ListOrderedIcon, PencilLineIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { CandidateRegrade } from "~/components/regrades/candidate-regrade";
import { CoachReview } from "~/components/reviews/coach-review";
import {
  dimensionLabels,
  dimensionList,
  dimensionRows,
  flagItems,
  kindLabel,
} from "~/components/rubric/rubric-view";
import { estimateSpokenSeconds, formatDuration, pluralize } from "~/lib/format";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ answerId: string }>;
}

const loadAnswer = cache(async (answerId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.answers.get({ answerId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const answer = await loadAnswer((await params).answerId);
  return { title: `Score: ${answer.question.title}, attempt ${answer.attempt}` };
}

export default async function ScoreCardPage({ params }: Props) {
  await requireViewerRole("candidate");
  const answer = await loadAnswer((await params).answerId);
  const { question, auto, coach } = answer;
  if (!isQuestionKind(question.kind)) notFound();
  const kind = question.kind;
  const caller = await getServerCaller();
  const attempts = await caller.answers.attempts({ questionId: question.id });
  const index = attempts.findIndex((a) => a.id === answer.id);
  const previous = index > 0 ? attempts[index - 1] : undefined;
  const delta = previous?.auto && auto ? auto.overall - previous.auto.overall : null;
  const attemptsHref = `/practice/questions/${question.id}/attempts`;
  // A "Not scored" attempt with no coach comments has nothing highlighted: no legend either.
  const isAnnotated = (auto?.evidence.length ?? 0) + (coach?.comments.length ?? 0) > 0;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "Practice", href: "/practice" },
              { label: kindLabel(kind), href: `/practice/questions?kind=${kind}` },
              { label: "Attempts", href: attemptsHref },
            ]}
          />
        }
        title={question.title}
        description={
          <>
            Attempt {answer.attempt} of {attempts.length} · submitted{" "}
            <LocalTime value={answer.submittedAt} />
            {answer.status === "in_review" ? " · with your coach" : ""}
            {answer.status === "reviewed" ? " · reviewed by your coach" : ""}
            {answer.status === "superseded" ? " · replaced by a later attempt before review" : ""}
            {answer.status === "unscorable" ? " · not scored" : ""}
          </>
        }
        actions={
          <>
            <Button asChild>
              <Link href={`/practice/questions/${question.id}?revise=${answer.id}`}>
                <PencilLineIcon aria-hidden />
                Revise this answer
              </Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={attemptsHref}>
                <ListOrderedIcon aria-hidden />
                All attempts
              </Link>
            </Button>
          </>
        }
      />

      {auto ? (
        <>
          <Card className="gap-0 py-0">
            <CardHeader className="border-b py-4">
              <CardTitle as="h2" className="text-lg">
                Feedback
              </CardTitle>
              <CardDescription>
                Scored against the {kindLabel(kind).toLowerCase()} rubric. Weights show how much
                each dimension counts for this kind of question.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-x-10 gap-y-8 py-6 lg:grid-cols-2">
              <div className="flex flex-col gap-8">
                <div className="flex flex-wrap items-center justify-between gap-6">
                  <OverallScore score={auto.overall} />
                  <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm">
                    <div>
                      <dt className="text-xs text-muted-foreground">Words</dt>
                      <dd className="font-semibold tabular-nums">{answer.wordCount}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-muted-foreground">Spoken</dt>
                      <dd className="font-semibold tabular-nums">
                        about {formatDuration(estimateSpokenSeconds(answer.wordCount))}
                      </dd>
                    </div>
                    {delta !== null && previous ? (
                      <div className="col-span-2" data-testid="overall-delta">
                        <dt className="text-xs text-muted-foreground">
                          Since attempt {previous.attempt}
                        </dt>
                        <dd className="font-semibold tabular-nums">
                          {previous.auto?.overall} → {auto.overall}{" "}
                          <span className="font-normal text-muted-foreground">
                            (
                            {delta > 0 ? `up ${delta}` : delta < 0 ? `down ${-delta}` : "no change"}
                            )
                          </span>
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </div>
                <section aria-labelledby="dimensions-heading" className="flex flex-col gap-3">
                  <h3 id="dimensions-heading" className="text-sm font-semibold">
                    Dimensions
                  </h3>
                  <DimensionBars
                    dimensions={dimensionRows(kind, auto.dimensions, coach?.dimensions)}
                    seriesLabel="Automatic"
                    compareLabel="Coach"
                  />
                </section>
              </div>
              <div className="flex flex-col gap-8">
                <section aria-labelledby="pitfalls-heading" className="flex flex-col gap-3">
                  <h3 id="pitfalls-heading" className="text-sm font-semibold">
                    Pitfalls
                  </h3>
                  <FlagList flags={flagItems(auto.flags)} />
                </section>
                <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
                  <h3 id="suggestions-heading" className="text-sm font-semibold">
                    What to try next
                  </h3>
                  <SuggestionList suggestions={auto.suggestions} />
                </section>
              </div>
            </CardContent>
            <p className="border-t px-5 py-3 text-xs text-muted-foreground">
              Scored automatically · engine {auto.engineVersion}
            </p>
          </Card>

          {coach ? (
            <CoachReview
              answerId={answer.id}
              coach={coach}
              auto={auto}
              dimensions={dimensionList()}
            />
          ) : null}
          {coach ? (
            <CandidateRegrade answerId={answer.id} coachDimensions={coach.dimensions} />
          ) : null}
        </>
      ) : (
        // Text the engine could not score: the same sentence the live preview showed, no number.
        <Card className="gap-0 py-0" data-testid="not-scored">
          <CardHeader className="border-b py-4">
            <CardTitle as="h2" className="text-lg">
              Not scored
            </CardTitle>
            <CardDescription>
              This attempt is saved, but it has no score: it does not count towards your averages,
              your progress or an assignment.
            </CardDescription>
          </CardHeader>
          <CardContent className="py-6">
            <p
              role="status"
              className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
            >
              <span className="font-medium">No score. </span>
              {answer.unscorable?.message}
            </p>
          </CardContent>
          <p className="border-t px-5 py-3 text-xs text-muted-foreground">
            Checked automatically · engine {answer.unscorable?.engineVersion ?? "unknown"}
          </p>
        </Card>
      )}

      <section aria-labelledby="annotated-heading" className="flex flex-col gap-3">
        <h2 id="annotated-heading" className="text-lg font-semibold">
          {isAnnotated ? "Your answer, annotated" : "Your answer"}
        </h2>
        <div className="rounded-xl border bg-card p-4 sm:p-6">
          <EvidenceText
            text={answer.body}
            evidence={auto?.evidence ?? []}
            comments={(coach?.comments ?? []).map((c) => ({
              id: c.id,
              start: c.start,
              end: c.end,
              body: c.body,
              author: coach?.reviewerName ?? "Coach",
            }))}
            dimensionLabels={dimensionLabels()}
            showFilter
            legend={
              isAnnotated ? (
                <EvidenceLegend hasComments={(coach?.comments.length ?? 0) > 0} />
              ) : null
            }
          />
        </div>
      </section>

      <nav
        aria-label="Attempts"
        className="flex flex-wrap items-center justify-between gap-3 border-t pt-4"
      >
        {answer.previousAttemptId ? (
          <Button asChild variant="ghost">
            <Link href={`/practice/answers/${answer.previousAttemptId}`}>
              <ChevronLeftIcon aria-hidden />
              Previous attempt
            </Link>
          </Button>
        ) : (
          <span />
        )}
        <Link
          href={attemptsHref}
          className="text-sm text-primary underline-offset-4 hover:underline"
        >
          Trend and changes across {pluralize(attempts.length, "attempt")}
        </Link>
        {answer.nextAttemptId ? (
          <Button asChild variant="ghost">
            <Link href={`/practice/answers/${answer.nextAttemptId}`}>
              Next attempt
              <ChevronRightIcon aria-hidden />
            </Link>
          </Button>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
