import { dimensionInfo, dimensionKeys } from "@debrief/core";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  cn,
  EmptyState,
  PageHeader,
  Progress,
} from "@debrief/ui";
import { CircleCheckIcon, InboxIcon, PlayIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ScorePill } from "~/components/answers/score-pill";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { reviewByQuestionHref } from "~/components/reviews/grade-by-question-links";
import { GradeSpread } from "~/components/reviews/grade-spread";
import { HeldBadge } from "~/components/reviews/grading-badges";
import { statusLabel } from "~/components/reviews/types";
import { kindLabel } from "~/components/rubric/rubric-view";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ setId: string; questionId: string }>;
}

const loadGrading = cache(async (setId: string, questionId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.reviews.byQuestion({ setId, questionId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { setId, questionId } = await params;
  const grading = await loadGrading(setId, questionId);
  return { title: `Grade by question: ${grading.question.title}` };
}

export default async function QuestionGradingPage({ params }: Props) {
  await requireViewerRole("coach");
  const { setId, questionId } = await params;
  const grading = await loadGrading(setId, questionId);
  const { set, question, attempts, progress } = grading;
  const hrefOf = (answerId: string) => reviewByQuestionHref(answerId, set.id, question.id);
  const firstUngraded = attempts.find((a) => !a.isGraded);
  const start = firstUngraded ?? attempts[0];
  const isDone = progress.total > 0 && progress.graded >= progress.total;
  const notAnswered = progress.assigned - progress.total;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "Question sets", href: "/coach/sets" },
              { label: set.title, href: `/coach/sets/${set.id}` },
              { label: `Question ${question.position + 1}` },
            ]}
          />
        }
        title={question.title}
        description={`${kindLabel(question.kind)} · ${set.cohortName} · each candidate's latest attempt, oldest first`}
        actions={
          start ? (
            <Button asChild>
              <Link href={hrefOf(start.answerId)} data-testid="start-grading">
                <PlayIcon aria-hidden />
                {firstUngraded
                  ? progress.graded > 0
                    ? "Continue grading"
                    : "Start grading"
                  : "Review the grades"}
              </Link>
            </Button>
          ) : undefined
        }
      />

      <section
        aria-labelledby="progress-heading"
        className="flex flex-col gap-2 rounded-xl border bg-card px-5 py-4"
      >
        <h2 id="progress-heading" className="sr-only">
          Progress
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <Progress
            value={progress.graded}
            max={Math.max(progress.total, 1)}
            aria-labelledby="graded-count"
            className="w-40 sm:w-56"
            indicatorClassName={isDone ? "bg-success" : undefined}
          />
          <span
            id="graded-count"
            className="text-sm font-medium tabular-nums"
            data-testid="question-progress"
          >
            {progress.graded} of {progress.total} graded
          </span>
          {isDone ? <CircleCheckIcon aria-hidden className="size-4 text-success" /> : null}
        </div>
        <p className="text-sm text-muted-foreground">
          {progress.assigned === 0
            ? "The set is not assigned to anyone yet."
            : notAnswered > 0
              ? `${notAnswered} of the ${progress.assigned} candidates assigned this set ${notAnswered === 1 ? "has" : "have"} not answered it yet.`
              : `Every candidate assigned this set has answered.`}{" "}
          A newer attempt replaces an older one here, graded or not.
        </p>
      </section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="attempts-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="attempts-heading" className="text-lg font-semibold">
            Candidates&apos; answers
          </h2>
          {attempts.length === 0 ? (
            <EmptyState
              headingLevel={3}
              icon={<InboxIcon />}
              title="No answers yet"
              body="When candidates assigned this set answer the question, their latest attempts appear here to grade."
            />
          ) : (
            <ol
              className="divide-y overflow-hidden rounded-xl border bg-card"
              data-testid="question-attempts"
            >
              {attempts.map((a, index) => (
                <li key={a.answerId}>
                  <Link
                    href={hrefOf(a.answerId)}
                    className={cn(
                      "grid grid-cols-[2rem_minmax(0,1fr)] items-center gap-x-3 gap-y-1.5 px-4 py-3 text-sm outline-none transition-colors hover:bg-accent/60 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset sm:grid-cols-[2rem_minmax(0,1fr)_auto_auto]",
                      a.answerId === firstUngraded?.answerId && "border-l-4 border-primary pl-3",
                    )}
                  >
                    <span className="text-xs text-muted-foreground tabular-nums">{index + 1}</span>
                    <span className="flex min-w-0 flex-col">
                      <span className="truncate font-medium">{a.candidateName}</span>
                      <span className="text-xs text-muted-foreground">
                        Attempt {a.attempt} · {a.wordCount} words ·{" "}
                        <LocalTime value={a.submittedAt} format="date" />
                      </span>
                    </span>
                    {/* On a phone the status goes under the name, so a blind set's pseudonym is
                        never cut short. */}
                    <span className="col-start-2 flex sm:col-start-auto sm:justify-end">
                      {a.isHeld ? (
                        <HeldBadge />
                      ) : (
                        <Badge variant={a.status === "reviewed" ? "success" : "secondary"}>
                          {statusLabel(a.status)}
                        </Badge>
                      )}
                    </span>
                    <span className="col-span-2 col-start-2 flex flex-wrap gap-1.5 sm:col-span-1 sm:col-start-auto sm:justify-end">
                      <ScorePill score={a.autoOverall} label="Auto" />
                      {a.coachOverall !== null ? (
                        <ScorePill score={a.coachOverall} label="Coach" />
                      ) : null}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </section>

        <Card className="self-start">
          <CardHeader>
            <CardTitle>
              <h2>Spread of grades so far</h2>
            </CardTitle>
            <CardDescription>Submitted coach grades for this question so far.</CardDescription>
          </CardHeader>
          <CardContent>
            <GradeSpread
              spread={grading.spread}
              dimensions={dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }))}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
