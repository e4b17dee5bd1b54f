"use client";

import type { QuestionKind } from "@debrief/core/rubric";
import { Alert, AlertDescription, Button, Label, NativeSelect, Spinner } from "@debrief/ui";
import { SendIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { countWords } from "~/lib/format";
import { errorMessage } from "~/trpc/errors";
import { lazyMutation } from "~/trpc/lazy-client";
import {
  draftStorageKey,
  type PendingSubmit,
  readLocalDraft,
  removeStored,
  submitStorageKey,
  takeSubmitKey,
} from "./draft-storage";
import { LengthMeter, type LengthTargets } from "./length-meter";
import { PracticeTimer } from "./practice-timer";
import { SaveStatusText } from "./save-status";
import { type PreviewLabels, ScorePreview } from "./score-preview";
import { type SaveStatus, useDraftAutosave } from "./use-draft-autosave";
import { type InitialPreview, useScorePreview } from "./use-score-preview";

/** The API's limit (answers.submit refuses longer bodies); checked here first to say it plainly. */
const maxChars = 20_000;

export interface AnswerEditorProps {
  userId: string;
  question: { id: string; kind: QuestionKind; prompt: string };
  assignmentId: string | null;
  /** Set when the candidate must choose which cohort's coaches see this answer. */
  cohortChoices?: Array<{ id: string; label: string }> | null;
  serverDraft: { body: string; updatedAt: Date | string } | null;
  /** Set when revising: this attempt's text becomes the new draft. */
  revise: { attempt: number; body: string } | null;
  /** The page's address without `?revise=`, so a reload does not overwrite the edited draft. */
  cleanUrl: string;
  nextAttempt: number;
  targets: LengthTargets;
  previewLabels: PreviewLabels;
  /** The server's score of the text the editor opens with (draft or revised attempt). */
  initialPreview?: InitialPreview | null;
}

interface OtherVersion {
  body: string;
  at: number;
  label: string;
}

function describeSubmitError(error: unknown): string {
  return errorMessage(
    error,
    "Your answer is saved on this device; submit again when you're back online — it will not be counted twice.",
  );
}

/**
 * The answer editor: a plain textarea whose text lives in three places (the screen, this
 * device, the server), a live length meter and score preview, and an idempotent submit.
 */
export function AnswerEditor({
  userId,
  question,
  assignmentId,
  cohortChoices = null,
  serverDraft,
  revise,
  cleanUrl,
  nextAttempt,
  targets,
  previewLabels,
  initialPreview = null,
}: AnswerEditorProps) {
  const router = useRouter();
  const draftKey = draftStorageKey(userId, question.id);
  const submitKey = submitStorageKey(userId, question.id);

  const [text, setText] = useState(() => revise?.body ?? serverDraft?.body ?? "");
  const [other, setOther] = useState<OtherVersion | null>(null);
  const [cohortId, setCohortId] = useState("");
  const initialStatus: SaveStatus =
    serverDraft && !revise
      ? { kind: "saved", at: new Date(serverDraft.updatedAt) }
      : { kind: "idle" };
  const autosave = useDraftAutosave({
    questionId: question.id,
    assignmentId,
    basedOnAttempt: nextAttempt - 1,
    storageKey: draftKey,
    initialStatus,
  });
  const preview = useScorePreview(question.kind, question.prompt, text, {
    initial: initialPreview,
  });

  // A plain tRPC call (the client loads on first use): offline it fails at once with a
  // message instead of a paused request behind a spinner.
  const [isPending, setIsPending] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  // A ref, not state: the second click of a double-click arrives before React re-renders.
  const isSubmitting = useRef(false);
  const pendingKey = useRef<PendingSubmit | null>(null);
  const didRestore = useRef(false);
  // Until hydration the form has no submit handler: a click then would be a native GET with the
  // answer in the URL. The button stays disabled until the editor is live.
  const [isReady, setIsReady] = useState(false);

  // Restore once, after hydration (localStorage exists only in the browser). Rules: an unsynced
  // copy on this device wins (it holds keystrokes the server may never have seen); otherwise the
  // server copy. Whatever loses but differs is offered in a notice, never dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount by design.
  useEffect(() => {
    if (didRestore.current) return;
    didRestore.current = true;
    setIsReady(true);
    const local = readLocalDraft(draftKey);
    const serverAt = serverDraft ? new Date(serverDraft.updatedAt).getTime() : 0;

    if (revise) {
      const existing =
        local && (!serverDraft || local.updatedAt >= serverAt)
          ? { body: local.body, at: local.updatedAt }
          : serverDraft
            ? { body: serverDraft.body, at: serverAt }
            : null;
      if (existing && existing.body.trim() !== "" && existing.body !== revise.body) {
        setOther({ ...existing, label: "You also had an unsubmitted draft" });
      }
      autosave.change(revise.body);
      window.history.replaceState(window.history.state, "", cleanUrl);
      return;
    }
    if (!local) return;
    if (!local.isSynced) {
      setText(local.body);
      if (local.body !== serverDraft?.body) autosave.resync(local.body);
      if (
        serverDraft &&
        serverAt > local.updatedAt &&
        serverDraft.body.trim() !== "" &&
        serverDraft.body !== local.body
      ) {
        setOther({
          body: serverDraft.body,
          at: serverAt,
          label: "A newer copy was saved from another session",
        });
      }
    } else if (!serverDraft) {
      // Saved once but gone from the server: keep the words on screen rather than lose them.
      setText(local.body);
    }
  }, []);

  const onChange = (value: string) => {
    setText(value);
    autosave.change(value);
    if (submitError) setSubmitError(null);
  };

  const swapWithOther = () => {
    if (!other) return;
    const current = text;
    onChange(other.body);
    setOther({ body: current, at: Date.now(), label: "Your previous text" });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting.current) return;
    const body = text;
    if (body.trim() === "") {
      setSubmitError("Write your answer before submitting.");
      return;
    }
    if (cohortChoices && !cohortId) {
      setSubmitError("Choose which cohort this answer is for before submitting.");
      return;
    }
    if (body.length > maxChars) {
      setSubmitError(
        `Your answer is ${body.length.toLocaleString("en")} characters; answers are limited to ${maxChars.toLocaleString("en")}. Shorten it to submit — your text stays here.`,
      );
      return;
    }
    isSubmitting.current = true;
    setSubmitError(null);
    const key =
      pendingKey.current?.body === body ? pendingKey.current.key : takeSubmitKey(submitKey, body);
    pendingKey.current = { key, body };
    // Autosave stops before the submit leaves, so no draft save can land after it.
    autosave.pause();
    setIsPending(true);
    try {
      const result = await lazyMutation((client) =>
        client.answers.submit.mutate({
          questionId: question.id,
          body,
          idempotencyKey: key,
          ...(assignmentId ? { assignmentId } : {}),
          ...(cohortChoices && cohortId ? { cohortId } : {}),
        }),
      );
      autosave.stop();
      removeStored(draftKey);
      removeStored(submitKey);
      setIsLeaving(true);
      router.push(`/practice/answers/${result.answerId}`);
    } catch (error) {
      setSubmitError(describeSubmitError(error));
      isSubmitting.current = false;
      autosave.resume();
    } finally {
      setIsPending(false);
    }
  };

  const isBusy = isPending || isLeaving;
  const isTooLong = text.length > maxChars;

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        onSubmit={onSubmit}
        method="post"
        data-ready={isReady || undefined}
        className="flex flex-col gap-3"
        noValidate
      >
        {other ? (
          <Alert>
            <AlertDescription className="flex flex-col gap-2">
              <span>
                {other.label} (<LocalTime value={new Date(other.at)} format="time" />,{" "}
                {countWords(other.body)} words).
              </span>
              <span className="flex flex-wrap gap-2">
                <Button size="sm" variant="outline" onClick={swapWithOther}>
                  Use that version instead
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setOther(null)}>
                  Keep this one
                </Button>
              </span>
            </AlertDescription>
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-end justify-between gap-2">
          <Label htmlFor="answer-body" className="text-base font-semibold">
            Your answer
          </Label>
          <SaveStatusText status={autosave.status} />
        </div>
        <textarea
          id="answer-body"
          name="body"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          // Fixed while it is being submitted: what is on screen is what gets scored.
          readOnly={isBusy}
          aria-describedby="answer-length answer-error"
          aria-invalid={isTooLong || undefined}
          spellCheck
          rows={16}
          placeholder="Write it the way you would say it in the interview."
          className="min-h-80 w-full resize-y rounded-lg border border-input bg-background px-4 py-3 text-[15px] leading-7 shadow-xs placeholder:text-muted-foreground read-only:bg-muted/40 aria-invalid:border-destructive"
        />
        <div id="answer-length" className="flex flex-col gap-1">
          <LengthMeter words={countWords(text)} targets={targets} />
          {text.length > maxChars * 0.9 ? (
            <p
              className={
                isTooLong ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"
              }
            >
              {text.length.toLocaleString("en")} of {maxChars.toLocaleString("en")} characters
              {isTooLong ? " — over the limit" : ""}
            </p>
          ) : null}
        </div>
        {cohortChoices ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="answer-cohort">Which cohort is this answer for?</Label>
            <NativeSelect
              id="answer-cohort"
              value={cohortId}
              onChange={(event) => {
                setCohortId(event.target.value);
                if (submitError) setSubmitError(null);
              }}
              aria-describedby="answer-cohort-hint"
              aria-invalid={(submitError !== null && !cohortId) || undefined}
              className="w-full sm:w-96"
            >
              <option value="">Choose a cohort</option>
              {cohortChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </NativeSelect>
            <p id="answer-cohort-hint" className="text-xs text-muted-foreground">
              Only that cohort's coaches and team leads will see it.
            </p>
          </div>
        ) : null}
        {/* The destructive Alert is role="alert": announced as soon as it appears. */}
        <div id="answer-error">
          {submitError ? (
            <Alert variant="destructive">
              <AlertDescription>{submitError}</AlertDescription>
            </Alert>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isBusy || !isReady}>
            {isBusy ? <Spinner aria-hidden /> : <SendIcon aria-hidden />}
            {isBusy ? "Submitting…" : "Submit answer"}
          </Button>
          <p className="text-xs text-muted-foreground">
            {revise
              ? `Revising attempt ${revise.attempt}: submitting saves this as attempt ${nextAttempt}.`
              : `Submitting scores this as attempt ${nextAttempt}. You can revise afterwards.`}
          </p>
        </div>
      </form>
      <aside
        aria-label="Feedback while you write"
        className="flex flex-col gap-4 lg:sticky lg:top-20"
      >
        <ScorePreview state={preview} labels={previewLabels} />
        <PracticeTimer targetSeconds={targets.spokenSeconds} />
      </aside>
    </div>
  );
}
