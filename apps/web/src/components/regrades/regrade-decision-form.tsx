"use client";

import { Button, Label, NativeSelect, Spinner, Textarea } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

type Decision = "accept" | "decline";

/**
 * The coach's decision on a pending request: accept with new scores for the named dimensions
 * and a reason the candidate reads, or decline with an answer. The answer's version goes with
 * an accept, so a grade saved elsewhere in between is a CONFLICT rather than overwritten.
 */
export function RegradeDecisionForm({
  requestId,
  answerVersion,
  dimensions,
  maxLength,
}: {
  requestId: string;
  answerVersion: number;
  /** The named dimensions with the coach score as it stands. */
  dimensions: ReadonlyArray<{ key: string; label: string; score: number }>;
  maxLength: number;
}) {
  const router = useRouter();
  const ids = useId();
  const [decision, setDecision] = useState<Decision>("accept");
  const [scores, setScores] = useState<Record<string, number>>(() =>
    Object.fromEntries(dimensions.map((d) => [d.key, d.score])),
  );
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const accept = useLazyMutation(
    (client, input: Parameters<typeof client.regrades.accept.mutate>[0]) =>
      client.regrades.accept.mutate(input),
  );
  const decline = useLazyMutation(
    (client, input: Parameters<typeof client.regrades.decline.mutate>[0]) =>
      client.regrades.decline.mutate(input),
  );
  const isPending = accept.isPending || decline.isPending;
  const isChanged = dimensions.some((d) => scores[d.key] !== d.score);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length === 0) {
      setError(
        decision === "accept"
          ? "Give the reason for the new scores; the candidate reads it beside them."
          : "Tell the candidate why the scores stand.",
      );
      return;
    }
    if (decision === "accept" && !isChanged) {
      setError("Change at least one score to accept, or decline with an answer.");
      return;
    }
    try {
      if (decision === "accept") {
        await accept.mutateAsync({
          requestId,
          expectedVersion: answerVersion,
          dimensions: scores as Parameters<typeof accept.mutateAsync>[0]["dimensions"],
          reason: text.trim(),
        });
      } else {
        await decline.mutateAsync({ requestId, answer: text.trim() });
      }
      setError(null);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-sm font-medium">Your decision</legend>
        {(["accept", "decline"] as const).map((value) => (
          <label
            key={value}
            className="flex items-center gap-2 rounded-md border px-3 py-2 text-sm"
          >
            <input
              type="radio"
              name={`${ids}-decision`}
              value={value}
              checked={decision === value}
              onChange={() => {
                setDecision(value);
                setError(null);
              }}
              className="size-4 accent-primary"
            />
            {value === "accept" ? "Accept and change scores" : "Decline and explain"}
          </label>
        ))}
      </fieldset>
      {decision === "accept" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {dimensions.map((d) => (
            <div key={d.key} className="flex flex-col gap-1.5">
              <Label htmlFor={`${ids}-${d.key}`}>
                {d.label} <span className="font-normal text-muted-foreground">(now {d.score})</span>
              </Label>
              <NativeSelect
                id={`${ids}-${d.key}`}
                value={String(scores[d.key] ?? d.score)}
                onChange={(e) => setScores({ ...scores, [d.key]: Number(e.target.value) })}
              >
                {[0, 1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    {n} of 4
                  </option>
                ))}
              </NativeSelect>
            </div>
          ))}
        </div>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-text`}>
          {decision === "accept" ? "Reason for the new scores" : "Your answer to the candidate"}
        </Label>
        <Textarea
          id={`${ids}-text`}
          value={text}
          maxLength={maxLength}
          rows={3}
          onChange={(e) => setText(e.currentTarget.value)}
          aria-describedby={error ? `${ids}-error` : undefined}
        />
      </div>
      {error ? (
        <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? <Spinner /> : null}
          {decision === "accept" ? "Accept regrade" : "Decline regrade"}
        </Button>
      </div>
    </form>
  );
}
