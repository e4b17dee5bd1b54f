import { dimensionInfo, dimensionKeys, dimensionWeights, isQuestionKind } from "@debrief/core";
import { maxReplyLength } from "@debrief/db";
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Badge,
  Button,
  EvidenceLegend,
  PageHeader,
} from "@debrief/ui";
import { HistoryIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { CoachRegrade } from "~/components/regrades/coach-regrade";
import { EngineFlags } from "~/components/reviews/engine-flags";
import {
  nextUngradedIndex,
  questionGradingHref,
  reviewByQuestionHref,
} from "~/components/reviews/grade-by-question-links";
import { BlindBadge, HeldBadge } from "~/components/reviews/grading-badges";
import { gradingHelp } from "~/components/reviews/grading-help";
import { type GradingFlow, GradingPanel } from "~/components/reviews/grading-panel";
import { GradeByQuestionBar, ReviewThread } from "~/components/reviews/on-demand";
import { statusLabel } from "~/components/reviews/types";
import { kindLabel } from "~/components/rubric/rubric-view";
import { type SearchParams, uuidParam } from "~/lib/search-params";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ answerId: string }>;
  searchParams: Promise<SearchParams>;
}

const loadReview = cache(async (answerId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.reviews.get({ answerId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await loadReview((await params).answerId);
  return { title: `Review: ${detail.candidate.name}, ${detail.question.title}` };
}

/**
 * Grading by question (`?set=…&question=…`): where this attempt sits among the candidates'
 * latest attempts at the question, and the neighbours. Null (the queue's page) when the link
 * names no set, a set or question the coach cannot see, or an attempt no longer in the list
 * (a newer one replaced it).
 */
async function loadByQuestion(answerId: string, params: SearchParams) {
  const setId = uuidParam(params.set);
  const questionId = uuidParam(params.question);
  if (!setId || !questionId) return null;
  const caller = await getServerCaller();
  const grading = await caller.reviews.byQuestion({ setId, questionId }).catch(() => null);
  if (!grading) return null;
  const index = grading.attempts.findIndex((a) => a.answerId === answerId);
  if (index === -1) return null;
  const hrefAt = (at: number | null) => {
    const attempt = at === null ? undefined : grading.attempts[at];
    return attempt ? reviewByQuestionHref(attempt.answerId, setId, questionId) : null;
  };
  const next = nextUngradedIndex(grading.attempts, index);
  const total = grading.attempts.length;
  const flow: GradingFlow = {
    nextHref: hrefAt(next),
    nextLabel: "Next ungraded",
    readyText: `Next ungraded: candidate ${(next ?? 0) + 1} of ${total}.`,
    doneText: "Every candidate's latest attempt at this question is graded.",
    backHref: questionGradingHref(setId, questionId),
    backLabel: "All candidates",
  };
  return {
    setId,
    questionId,
    setTitle: grading.set.title,
    position: grading.question.position,
    index,
    total,
    graded: grading.progress.graded,
    previousHref: hrefAt(index > 0 ? index - 1 : null),
    nextHref: hrefAt(index + 1 < total ? index + 1 : null),
    flow,
  };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  await requireViewerRole("coach");
  const answerId = (await params).answerId;
  const detail = await loadReview(answerId);
  const { question, candidate, cohort, answer } = detail;
  if (!isQuestionKind(question.kind)) notFound();
  const kind = question.kind;
  const byQuestion = await loadByQuestion(answerId, await searchParams);
  const isHeld = Boolean(detail.review?.submittedAt && !detail.review.publishedAt);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={
              byQuestion
                ? [
                    { label: "Question sets", href: "/coach/sets" },
                    { label: byQuestion.setTitle, href: `/coach/sets/${byQuestion.setId}` },
                    {
                      label: `Question ${byQuestion.position + 1}`,
                      href: questionGradingHref(byQuestion.setId, byQuestion.questionId),
                    },
                  ]
                : [{ label: "Review queue", href: "/coach/queue" }, { label: cohort.name }]
            }
          />
        }
        title={`${candidate.name}: ${question.title}`}
        description={
          <>
            {kindLabel(kind)} · attempt {answer.attempt} · {answer.wordCount} words · submitted{" "}
            <LocalTime value={answer.submittedAt} />
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-1.5">
            {candidate.isBlind ? <BlindBadge /> : null}
            {isHeld ? (
              <HeldBadge />
            ) : (
              <Badge variant={answer.status === "reviewed" ? "success" : "secondary"}>
                {statusLabel(answer.status)}
              </Badge>
            )}
          </div>
        }
      />
      {byQuestion ? (
        <GradeByQuestionBar
          // Keyed by the attempt, so moving to the next candidate starts the bar afresh.
          key={answer.id}
          position={byQuestion.index + 1}
          total={byQuestion.total}
          graded={byQuestion.graded}
          questionHref={questionGradingHref(byQuestion.setId, byQuestion.questionId)}
          previousHref={byQuestion.previousHref}
          nextHref={byQuestion.nextHref}
        />
      ) : null}
      {candidate.isBlind ? (
        <p className="text-sm text-muted-foreground" data-testid="blind-note">
          Blind grading: this set hides who wrote each answer until its reviews are published.
        </p>
      ) : null}
      {detail.newerAttempt ? (
        <Alert data-testid="newer-attempt">
          <HistoryIcon aria-hidden />
          <AlertTitle>
            {answer.status === "superseded"
              ? `Attempt ${detail.newerAttempt.attempt} replaced this one`
              : `There is a newer attempt (${detail.newerAttempt.attempt})`}
          </AlertTitle>
          <AlertDescription className="flex flex-col items-start gap-2">
            <span>
              {answer.status === "superseded"
                ? `${candidate.name} submitted a newer attempt before this one was reviewed, so it is closed: it stays in their history and cannot be graded.`
                : `${candidate.name} has submitted again since. This review stays as it is.`}
            </span>
            <Button asChild size="sm">
              <Link href={`/coach/review/${detail.newerAttempt.id}`}>
                Open attempt {detail.newerAttempt.attempt}
              </Link>
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}
      <details className="rounded-xl border bg-card px-5 py-3 text-sm">
        <summary className="cursor-pointer font-medium">The question asked</summary>
        <p className="pt-2 leading-relaxed whitespace-pre-line text-muted-foreground">
          {question.prompt}
        </p>
      </details>
      <CoachRegrade
        answerId={answer.id}
        answerVersion={answer.version}
        candidateName={candidate.name}
        coachDimensions={detail.review?.dimensions ?? null}
      />
      {detail.auto ? (
        <GradingPanel
          // A newer version (after a reload on conflict) starts the panel afresh from the server.
          key={`${answer.id}-${answer.version}`}
          detail={{ ...detail, auto: detail.auto }}
          isClosed={answer.status === "superseded"}
          flow={byQuestion?.flow}
          labels={{
            dimensions: dimensionKeys.map((key) => ({
              key,
              label: dimensionInfo[key].label,
              description: dimensionInfo[key].description,
            })),
            weights: dimensionWeights[kind],
          }}
          legend={<EvidenceLegend hasComments />}
          engineFlags={<EngineFlags flags={detail.auto.flags} />}
          help={gradingHelp(detail.auto.engineVersion)}
        />
      ) : (
        // Not an answer (another language, the question pasted back, ...): no score, no grading.
        <section
          aria-labelledby="not-scored-heading"
          data-testid="not-scored"
          className="flex flex-col gap-3 rounded-xl border bg-card p-5"
        >
          <h2 id="not-scored-heading" className="text-lg font-semibold">
            Not scored
          </h2>
          <p
            role="status"
            className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
          >
            {detail.unscorable?.message ?? "Debrief could not score this text as an answer."} There
            is nothing to grade; it counts in no average.
          </p>
          <p className="text-sm whitespace-pre-wrap text-muted-foreground">{answer.body}</p>
        </section>
      )}
      {detail.review?.publishedAt &&
      (detail.review.comments.length > 0 || detail.review.overallComment) ? (
        <section
          id="threads"
          aria-labelledby="threads-heading"
          className="flex scroll-mt-20 flex-col gap-4 rounded-xl border bg-card p-5"
        >
          <div className="flex flex-col gap-1">
            <h2 id="threads-heading" className="text-lg font-semibold">
              Conversation with {candidate.name}
            </h2>
            <p className="text-sm text-muted-foreground">
              {candidate.name} can reply under each of your comments; answer here.
            </p>
          </div>
          {detail.review.overallComment ? (
            <div className="flex flex-col gap-2 text-sm">
              <p className="font-medium">Overall comment</p>
              <blockquote className="border-l-4 pl-3 whitespace-pre-wrap text-muted-foreground">
                {detail.review.overallComment}
              </blockquote>
              <ReviewThread
                maxLength={maxReplyLength}
                answerId={answer.id}
                commentId={null}
                replies={detail.review.replies.filter((r) => r.commentId === null)}
                as="coach"
                subject="your overall comment"
              />
            </div>
          ) : null}
          {detail.review.comments.map((c) => (
            <div key={c.id} className="flex flex-col gap-2 border-t pt-3 text-sm">
              <q className="text-muted-foreground italic">{c.quote}</q>
              <span className="whitespace-pre-wrap">{c.body}</span>
              <ReviewThread
                maxLength={maxReplyLength}
                answerId={answer.id}
                commentId={c.id}
                replies={detail.review?.replies.filter((r) => r.commentId === c.id) ?? []}
                as="coach"
                subject={`your comment on “${c.quote.length > 40 ? `${c.quote.slice(0, 39)}…` : c.quote}”`}
              />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
