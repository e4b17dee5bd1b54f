"use client";

import { weightedOverall } from "@debrief/core/rubric";
import {
  Button,
  cn,
  type DimensionKey,
  EvidenceText,
  Input,
  Label,
  OverallScore,
  Spinner,
} from "@debrief/ui";
import { MessageSquarePlusIcon, SendIcon, Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { BankTextarea } from "~/components/comment-bank/bank-textarea";
import { SaveToBankButton } from "~/components/comment-bank/save-to-bank-button";
import type { CommentBankEntry } from "~/components/comment-bank/types";
import { useCommentBank } from "~/components/comment-bank/use-comment-bank";
import { LocalTime } from "~/components/local-time";
import { onDemand } from "~/lib/on-demand";
import {
  errorMessage,
  isTrpcClientError,
  serverErrorCode,
  unreachableMessage,
} from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import type { Conflict, GradingFlow } from "./grading-dialogs";
import type { GradingHelp } from "./grading-help";
import { gradingKeysId } from "./grading-ids";
import type { ReviewDetail } from "./types";

export type { GradingFlow } from "./grading-dialogs";

// The dialogs open after a submit or a conflicting save, the error notes after a failed one;
// never on first paint, so their code (and the dialog primitive) loads when one shows.
const SubmittedDialog = onDemand(() => import("./grading-dialogs").then((m) => m.SubmittedDialog));
const ConflictDialog = onDemand(() => import("./grading-dialogs").then((m) => m.ConflictDialog));
const ReasonErrors = onDemand(() => import("./grading-errors").then((m) => m.ReasonErrors));
const SaveError = onDemand(() => import("./grading-errors").then((m) => m.SaveError));

// The maths from a selection (or a typed phrase) to offsets in the answer loads with the first
// selection in the answer or the first "Add comment".
const loadOffsets = () => import("./text-offsets");
const ignoreLoadError = () => {
  // Offline: the coach can still type the phrase; "Add comment" says what went wrong.
};

export interface GradingLabels {
  dimensions: { key: DimensionKey; label: string; description: string }[];
  /** The question kind's weights in percent, shown beside each dimension and summed into "Yours". */
  weights: Record<DimensionKey, number>;
}

interface DraftComment {
  key: string;
  start: number;
  end: number;
  body: string;
  /** Comment-bank entries inserted in it: editing one of them rewrites this comment. */
  bankEntryIds: string[];
}

type CommentBank = ReturnType<typeof useCommentBank>;

const scale = [0, 1, 2, 3, 4] as const;

let commentSeq = 0;
const nextKey = () => {
  commentSeq += 1;
  return `new-${commentSeq}`;
};

/**
 * The grading panel: the answer with the engine's evidence and the coach's range comments, and
 * the rubric pre-filled with the engine's scores. A changed score needs a one-line reason. Saves
 * carry the version the coach started from, so a concurrent save by another coach surfaces as a
 * conflict instead of being overwritten.
 */
export function GradingPanel({
  detail,
  labels,
  isClosed = false,
  flow,
  legend,
  engineFlags,
  help,
}: {
  detail: ReviewDetail;
  labels: GradingLabels;
  /** The key under the answer (<EvidenceLegend>), rendered by the server page. */
  legend: ReactNode;
  /** The pitfalls the engine flagged (<EngineFlags>), rendered by the server page. */
  engineFlags: ReactNode;
  /** The panel's instructions (gradingHelp()), rendered by the server page. */
  help: GradingHelp;
  /** A superseded attempt: shown, never gradeable. */
  isClosed?: boolean;
  flow?: GradingFlow;
}) {
  const router = useRouter();
  const { answer, auto, review } = detail;
  const engine = auto.dimensions as Record<string, number>;

  const [scores, setScores] = useState<Record<string, number>>(() => ({
    ...engine,
    ...((review?.dimensions as Record<string, number> | undefined) ?? {}),
  }));
  const [reasons, setReasons] = useState<Record<string, string>>(
    () => (review?.overrideReasons as Record<string, string> | undefined) ?? {},
  );
  const [overallComment, setOverallComment] = useState(review?.overallComment ?? "");
  const [comments, setComments] = useState<DraftComment[]>(
    () =>
      review?.comments.map((c) => ({
        key: c.id,
        start: c.start,
        end: c.end,
        body: c.body,
        bankEntryIds: c.bankEntryIds,
      })) ?? [],
  );
  const [overallBankEntryIds, setOverallBankEntryIds] = useState<string[]>(
    () => review?.overallBankEntryIds ?? [],
  );
  const bank = useCommentBank();
  const [version, setVersion] = useState(answer.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  // After "Submit review": what was done and where to go next, before anything moves.
  const [submitted, setSubmitted] = useState<{
    nextAnswerId: string | null;
    isHeld: boolean;
  } | null>(null);
  // What the form holds, to tell unsaved grading apart from what the server has (grading by
  // question asks before moving to another candidate with unsaved changes).
  const snapshot = JSON.stringify([
    scores,
    reasons,
    overallComment,
    comments.map(({ start, end, body }) => [start, end, body]),
  ]);
  const [savedSnapshot, setSavedSnapshot] = useState(snapshot);
  const isDirty = snapshot !== savedSnapshot && !isClosed;
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();

  const save = useLazyMutation((client, input: Parameters<typeof client.reviews.save.mutate>[0]) =>
    client.reviews.save.mutate(input),
  );
  const isReviewed = answer.status === "reviewed";
  // Submitted in a set that holds reviews: editing keeps it submitted (a draft would drop it from
  // the set's publish batch).
  const isHeld =
    answer.status === "in_review" &&
    Boolean(detail.review?.submittedAt) &&
    !detail.review?.publishedAt;

  const changed = labels.dimensions.filter((d) => scores[d.key] !== engine[d.key]);
  const dimensionLabels: Record<string, string> = Object.fromEntries(
    labels.dimensions.map((d) => [d.key, d.label]),
  );
  const labelOf = (key: string) => dimensionLabels[key] ?? key;

  function validate(): Record<string, string> {
    const next: Record<string, string> = {};
    for (const d of changed) {
      if ((reasons[d.key] ?? "").trim() === "") {
        next[d.key] =
          `${d.label}: say in one line why you changed the score from ${engine[d.key]} to ${scores[d.key]}.`;
      }
    }
    return next;
  }

  async function persist(submit: boolean) {
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (submit && Object.keys(found).length > 0) {
      // Errors are listed at the top and inline; focus moves to the first reason to fix.
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`${ids}-reason-${first}`)?.focus();
      return;
    }
    const overrideReasons: Record<string, string> = {};
    for (const d of changed) {
      const reason = (reasons[d.key] ?? "").trim();
      if (reason) overrideReasons[d.key] = reason;
    }
    const sent = snapshot;
    try {
      const result = await save.mutateAsync({
        answerId: answer.id,
        expectedVersion: version,
        dimensions: scores as Record<DimensionKey, number>,
        overrideReasons,
        overallComment: overallComment.trim(),
        overallBankEntryIds,
        comments: comments.map(({ start, end, body, bankEntryIds }) => ({
          start,
          end,
          body,
          bankEntryIds,
        })),
        submit,
      });
      setVersion(result.version);
      setSavedAt(new Date());
      setSavedSnapshot(sent);
      // A submit that leaves the answer in review was held: the set releases reviews on publish.
      if (submit) {
        setSubmitted({ nextAnswerId: result.nextAnswerId, isHeld: result.status === "in_review" });
      }
    } catch (error) {
      const conflictData = isTrpcClientError(error) ? error.data?.conflict : null;
      if (serverErrorCode(error) === "CONFLICT" && conflictData?.status === "superseded") {
        // The candidate submitted a newer attempt meanwhile: the page says so and links to it.
        setFormError(error instanceof Error ? error.message : "A newer attempt replaced this one.");
        router.refresh();
        return;
      }
      if (serverErrorCode(error) === "CONFLICT") {
        // Show what the other coach saved, as the server read it when it refused this save,
        // never the stale copy on this screen.
        setConflict({
          message: error instanceof Error ? error.message : "Another coach saved this review.",
          theirs: conflictData && "review" in conflictData ? conflictData.review : null,
        });
        return;
      }
      setFormError(
        errorMessage(error, "Nothing was lost: your grading is still on this screen — try again."),
      );
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void persist(true);
  };

  // Ctrl/Cmd+Enter submits from anywhere on the page, including inside the comment boxes.
  const submitRef = useRef(() => {});
  submitRef.current = () => {
    if (!save.isPending && !isLeaving && !isClosed && !submitted) formRef.current?.requestSubmit();
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        if (document.querySelector("dialog[open],[role='dialog']")) return;
        event.preventDefault();
        submitRef.current();
        return;
      }
      // "G" jumps to the grade: the first dimension's chosen score takes focus.
      if (
        (event.key === "g" || event.key === "G") &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target) &&
        !document.querySelector("[role='dialog'],[role='alertdialog']")
      ) {
        const first = formRef.current?.querySelector<HTMLInputElement>(
          "[data-dimension] input[type='radio']:checked",
        );
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  // The kind's weights came with the page, so the panel needs core's formula, not its table.
  const coachOverall = weightedOverall(labels.weights, { ...auto.dimensions, ...scores });
  const errorList = Object.entries(errors);

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]">
      <div className="flex flex-col gap-6">
        <AnswerWithComments
          legend={legend}
          commentsHelp={help.comments}
          body={answer.body}
          evidence={auto.evidence}
          comments={comments}
          dimensionLabels={dimensionLabels}
          bank={bank}
          cohortId={detail.cohort.id}
          onAdd={(c) => setComments((list) => [...list, { ...c, key: nextKey() }])}
          onLink={(key, entry) =>
            setComments((list) =>
              list.map((c) =>
                c.key === key ? { ...c, bankEntryIds: [...c.bankEntryIds, entry.id] } : c,
              ),
            )
          }
          onRemove={(key) => setComments((list) => list.filter((c) => c.key !== key))}
        />
        {engineFlags}
      </div>

      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        data-grading-form
        data-dirty={isDirty ? "true" : undefined}
        aria-labelledby={`${ids}-rubric`}
        className="flex flex-col gap-5 self-start rounded-xl border bg-card p-5 lg:sticky lg:top-20"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h2 id={`${ids}-rubric`} className="text-lg font-semibold">
              Your grade
            </h2>
            {help.grade}
          </div>
          <div className="flex flex-wrap gap-5">
            <OverallScore score={coachOverall} label="Yours" size="sm" />
            <OverallScore score={auto.overall} label="Engine" size="sm" />
          </div>
        </div>

        {errorList.length > 0 ? <ReasonErrors errors={errorList} idPrefix={ids} /> : null}

        <fieldset disabled={isClosed} className="flex min-w-0 flex-col divide-y">
          <legend className="sr-only">Scores per dimension</legend>
          {labels.dimensions.map((d, index) => (
            <DimensionField
              key={d.key}
              idPrefix={ids}
              dimension={d}
              engineScore={engine[d.key] ?? 0}
              value={scores[d.key] ?? 0}
              reason={reasons[d.key] ?? ""}
              error={errors[d.key]}
              weight={labels.weights[d.key]}
              onChange={(value) => {
                setScores((s) => ({ ...s, [d.key]: value }));
                if (value === engine[d.key]) {
                  setErrors(({ [d.key]: _, ...rest }) => rest);
                }
              }}
              onScoreKey={(value) => {
                // A number key scores the focused dimension, then moves on: to the reason box
                // when the score now differs from the engine's, else to the next dimension.
                setScores((s) => ({ ...s, [d.key]: value }));
                const nextKey = labels.dimensions[index + 1]?.key;
                window.requestAnimationFrame(() => {
                  const target =
                    value !== engine[d.key]
                      ? document.getElementById(`${ids}-reason-${d.key}`)
                      : nextKey
                        ? formRef.current?.querySelector<HTMLElement>(
                            `[data-dimension='${nextKey}'] input[type='radio']:checked`,
                          )
                        : document.getElementById(`${ids}-overall`);
                  target?.focus();
                });
              }}
              onReason={(text) => {
                setReasons((r) => ({ ...r, [d.key]: text }));
                if (text.trim() !== "") setErrors(({ [d.key]: _, ...rest }) => rest);
              }}
            />
          ))}
        </fieldset>

        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-overall`}>Overall comment</Label>
          <BankTextarea
            id={`${ids}-overall`}
            disabled={isClosed}
            value={overallComment}
            onValueChange={setOverallComment}
            entries={bank.entries}
            onFirstFocus={bank.load}
            onInsert={(entry) => setOverallBankEntryIds((list) => [...list, entry.id])}
            dimensionLabels={dimensionLabels}
            rows={5}
            maxLength={5000}
            aria-describedby={`${ids}-overall-hint`}
            placeholder="What to keep, and the one thing to change next time."
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p id={`${ids}-overall-hint`} className="text-xs text-muted-foreground">
              The candidate sees this beside both score sets. Type a few words to insert a comment
              from the bank.
            </p>
            {isClosed ? null : (
              <SaveToBankButton
                text={overallComment}
                cohortId={detail.cohort.id}
                isInBank={bank.entries.some(
                  (e) => overallBankEntryIds.includes(e.id) && e.text === overallComment.trim(),
                )}
                onSaved={(entry) => {
                  bank.add(entry);
                  setOverallBankEntryIds((list) => [...list, entry.id]);
                }}
                label="Save overall comment to bank"
              />
            )}
          </div>
        </div>

        {formError ? <SaveError message={formError} /> : null}

        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={save.isPending || isLeaving || isClosed}>
            {save.isPending || isLeaving ? <Spinner /> : <SendIcon aria-hidden />}
            {isReviewed ? "Update review" : isHeld ? "Update held review" : "Submit review"}
          </Button>
          <Button
            type="button"
            variant="outline"
            disabled={save.isPending || isLeaving || isReviewed || isHeld || isClosed}
            onClick={() => {
              void persist(false);
            }}
          >
            Save draft
          </Button>
          <span
            className="text-xs text-muted-foreground"
            aria-live="polite"
            data-testid="review-save-status"
          >
            {savedAt ? (
              <>
                Saved <LocalTime value={savedAt} format="time" />
              </>
            ) : review?.submittedAt ? (
              <>
                Submitted by {review.reviewerName} <LocalTime value={review.submittedAt} />
                {review.publishedAt ? null : " · held until the set's reviews are published"}
              </>
            ) : review ? (
              `Draft by ${review.reviewerName}`
            ) : null}
          </span>
        </div>
        {help.keys}
      </form>

      {submitted ? (
        <SubmittedDialog
          submitted={submitted}
          flow={flow}
          candidateName={detail.candidate.name}
          onNext={(href) => {
            setIsLeaving(true);
            setSubmitted(null);
            router.push(href);
          }}
          onStay={() => {
            setSubmitted(null);
            // The page re-reads the answer, now reviewed, so further edits update the review.
            router.refresh();
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog
          conflict={conflict}
          labelOf={labelOf}
          onReload={() => {
            setConflict(null);
            // The page re-reads the review; a new version remounts this panel with it.
            router.refresh();
          }}
          onClose={() => setConflict(null)}
        />
      ) : null}
    </div>
  );
}

function DimensionField({
  idPrefix,
  dimension,
  engineScore,
  value,
  reason,
  error,
  weight,
  onChange,
  onScoreKey,
  onReason,
}: {
  idPrefix: string;
  dimension: { key: string; label: string; description: string };
  engineScore: number;
  value: number;
  reason: string;
  error: string | undefined;
  weight: number;
  onChange: (value: number) => void;
  onScoreKey: (value: number) => void;
  onReason: (text: string) => void;
}) {
  const isChanged = value !== engineScore;
  const reasonId = `${idPrefix}-reason-${dimension.key}`;
  const groupId = `${idPrefix}-dim-${dimension.key}`;
  const errorId = `${reasonId}-error`;
  return (
    <div className="flex flex-col gap-2 py-3 first:pt-0" data-dimension={dimension.key}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="flex flex-col text-sm">
          <span id={`${groupId}-label`} className="font-medium">
            {dimension.label}
          </span>
          <span id={`${groupId}-note`} className="text-xs text-muted-foreground">
            Engine {engineScore} · {weight > 0 ? `weight ${weight}%` : "not weighted here"}
          </span>
        </div>
        <div
          role="radiogroup"
          aria-labelledby={`${groupId}-label`}
          aria-describedby={`${groupId}-note ${gradingKeysId}`}
          className="flex gap-1"
          onKeyDown={(event) => {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            const n = Number(event.key);
            if (event.key.length === 1 && Number.isInteger(n) && n >= 0 && n <= 4) {
              event.preventDefault();
              onScoreKey(n);
            }
          }}
        >
          {scale.map((n) => (
            <label key={n} className="relative">
              <input
                type="radio"
                name={`${idPrefix}-${dimension.key}`}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span
                aria-hidden
                className={cn(
                  "flex size-9 flex-col items-center justify-center rounded-md border text-sm font-medium tabular-nums transition-colors peer-hover:bg-accent peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-1 peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground",
                  n === engineScore && "border-dashed border-foreground/60",
                )}
              >
                {n}
              </span>
              <span className="sr-only">
                {n} of 4{n === engineScore ? ", the engine's score" : ""}
              </span>
            </label>
          ))}
        </div>
      </div>
      <p className="text-xs text-muted-foreground">{dimension.description}</p>
      {isChanged ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor={reasonId} className="text-xs">
            Why {dimension.label} {value}, not {engineScore}?
          </Label>
          <Input
            id={reasonId}
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            placeholder="One line the candidate will understand"
          />
          {error ? (
            <p id={errorId} className="text-xs font-medium text-destructive">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function AnswerWithComments({
  legend,
  commentsHelp,
  body,
  evidence,
  comments,
  dimensionLabels,
  bank,
  cohortId,
  onAdd,
  onLink,
  onRemove,
}: {
  legend: ReactNode;
  commentsHelp: ReactNode;
  body: string;
  evidence: ReviewDetail["auto"]["evidence"];
  comments: DraftComment[];
  dimensionLabels: Record<string, string>;
  bank: CommentBank;
  cohortId: string;
  onAdd: (comment: { start: number; end: number; body: string; bankEntryIds: string[] }) => void;
  onLink: (key: string, entry: CommentBankEntry) => void;
  onRemove: (key: string) => void;
}) {
  const ids = useId();
  const answerRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [quote, setQuote] = useState("");
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [text, setText] = useState("");
  const [textBankEntryIds, setTextBankEntryIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  // A selection inside the answer fills the quote with the exact range, offsets included.
  useEffect(() => {
    let isCurrent = true;
    const onSelectionChange = () => {
      // Only the prose region: the filter chips and legend around it are not part of the body.
      const root = answerRef.current?.querySelector<HTMLElement>("[role='region']");
      const selection = document.getSelection();
      if (!root || !selection || selection.isCollapsed) return;
      if (!root.contains(selection.anchorNode) && !root.contains(selection.focusNode)) return;
      loadOffsets().then(({ selectionOffsets, trimRange }) => {
        // Read when the code is here: the selection as it is now, not as it was.
        const offsets = isCurrent ? selectionOffsets(root, document.getSelection()) : null;
        if (!offsets) return;
        const trimmed = trimRange(body, offsets.start, offsets.end);
        if (trimmed.end <= trimmed.start) return;
        setRange(trimmed);
        setQuote(body.slice(trimmed.start, trimmed.end));
        setError(null);
      }, ignoreLoadError);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      isCurrent = false;
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [body]);

  const add = async () => {
    let target = range && body.slice(range.start, range.end) === quote ? range : null;
    if (!target) {
      try {
        target = (await loadOffsets()).findQuote(body, quote);
      } catch {
        setError(unreachableMessage());
        return;
      }
    }
    if (!target) {
      setError(
        quote.trim() === ""
          ? "Select words in the answer, or type a phrase from it, to anchor the comment."
          : "That phrase isn't in the answer. Copy it exactly, or select it in the text.",
      );
      return;
    }
    if (text.trim() === "") {
      setError("Write the comment itself.");
      commentRef.current?.focus();
      return;
    }
    onAdd({
      start: target.start,
      end: target.end,
      body: text.trim(),
      bankEntryIds: textBankEntryIds,
    });
    setQuote("");
    setRange(null);
    setText("");
    setTextBankEntryIds([]);
    setError(null);
  };

  return (
    <>
      <section aria-labelledby={`${ids}-answer`} className="flex flex-col gap-3">
        <h2 id={`${ids}-answer`} className="text-lg font-semibold">
          The answer
        </h2>
        <div ref={answerRef} className="rounded-xl border bg-card p-4 sm:p-6">
          <EvidenceText
            text={body}
            evidence={evidence}
            comments={comments.map((c) => ({
              id: c.key,
              start: c.start,
              end: c.end,
              body: c.body,
              author: "You",
            }))}
            dimensionLabels={dimensionLabels}
            label="Answer being graded"
            legend={legend}
            showFilter
          />
        </div>
      </section>

      <section
        aria-labelledby={`${ids}-comments`}
        className="flex flex-col gap-3 rounded-xl border bg-card p-5"
      >
        <div className="flex flex-col gap-1">
          <h2 id={`${ids}-comments`} className="text-base font-semibold">
            Comments on the text
          </h2>
          {commentsHelp}
        </div>
        {comments.length > 0 ? (
          <ul className="flex flex-col gap-2" aria-label="Your comments">
            {comments.map((c) => (
              <li
                key={c.key}
                className="flex items-start justify-between gap-3 rounded-md border px-3 py-2 text-sm"
              >
                <div className="flex min-w-0 flex-col gap-0.5">
                  <q className="line-clamp-2 text-muted-foreground italic">
                    {body.slice(c.start, c.end)}
                  </q>
                  <span className="whitespace-pre-wrap">{c.body}</span>
                  <SaveToBankButton
                    text={c.body}
                    cohortId={cohortId}
                    isInBank={c.bankEntryIds.length > 0}
                    onSaved={(entry) => {
                      bank.add(entry);
                      onLink(c.key, entry);
                    }}
                  />
                </div>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove comment on “${body.slice(c.start, c.end).slice(0, 40)}”`}
                  onClick={() => onRemove(c.key)}
                >
                  <Trash2Icon aria-hidden />
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="flex flex-col gap-3 border-t pt-3">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${ids}-quote`}>Passage</Label>
            <Input
              id={`${ids}-quote`}
              value={quote}
              onChange={(e) => {
                setQuote(e.target.value);
                setError(null);
              }}
              placeholder="Select text above, or type words from the answer"
              aria-describedby={range ? `${ids}-range` : undefined}
            />
            {range && body.slice(range.start, range.end) === quote ? (
              <p id={`${ids}-range`} className="text-xs text-muted-foreground">
                Selected characters {range.start}–{range.end}.
              </p>
            ) : null}
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${ids}-text`}>Comment</Label>
            <BankTextarea
              id={`${ids}-text`}
              ref={commentRef}
              value={text}
              rows={2}
              maxLength={2000}
              entries={bank.entries}
              onFirstFocus={bank.load}
              onInsert={(entry) => setTextBankEntryIds((list) => [...list, entry.id])}
              dimensionLabels={dimensionLabels}
              onValueChange={(value) => {
                setText(value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids}-comment-error` : undefined}
            />
          </div>
          {error ? (
            <p id={`${ids}-comment-error`} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <div>
            <Button type="button" variant="secondary" onClick={() => void add()}>
              <MessageSquarePlusIcon aria-hidden />
              Add comment
            </Button>
          </div>
        </div>
      </section>
    </>
  );
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === "TEXTAREA" ||
    (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "radio") ||
    target.tagName === "SELECT"
  );
}

/** "Review submitted": says what happened, then the next answer, the queue or back to this one. */
