"use client";

import { Alert, AlertDescription, Button, Label, Spinner, Textarea } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { useIsHydrated } from "./use-is-hydrated";
import { ScorePicker } from "./score-picker";
import type { DimensionLabel } from "./second-grade-form";

/**
 * The lead's final grade for a disagreement, starting from the first coach's grade. Sent with
 * the version the page was loaded at: a grade changed meanwhile comes back as CONFLICT.
 */
export function SettleForm({
  cohortId,
  answerId,
  expectedVersion,
  dimensions,
  first,
  second,
  reasonMaxLength,
}: {
  cohortId: string;
  answerId: string;
  expectedVersion: number;
  dimensions: readonly DimensionLabel[];
  first: Record<string, number>;
  second: Record<string, number>;
  reasonMaxLength: number;
}) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [scores, setScores] = useState<Record<string, number>>({ ...first });
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const settle = useLazyMutation(
    (client, input: Parameters<typeof client.moderation.settle.mutate>[0]) =>
      client.moderation.settle.mutate(input),
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (reason.trim() === "") {
      setError("Say why this is the final grade: both coaches will read it.");
      return;
    }
    try {
      await settle.mutateAsync({
        cohortId,
        answerId,
        expectedVersion,
        dimensions: scores as Parameters<typeof settle.mutateAsync>[0]["dimensions"],
        reason,
      });
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Final grade">
      <div className="flex flex-col divide-y">
        {dimensions.map((d) => (
          <ScorePicker
            key={d.key}
            name={`final-${d.key}`}
            label={d.label}
            note={`First ${first[d.key] ?? "—"} · second ${second[d.key] ?? "—"}`}
            value={scores[d.key] ?? 0}
            onChange={(value) => setScores((current) => ({ ...current, [d.key]: value }))}
          />
        ))}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="settle-reason">Why this grade</Label>
        <Textarea
          id="settle-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={reasonMaxLength}
          rows={3}
          placeholder="e.g. The result is stated but not measured, so impact is 2."
        />
      </div>
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={!isHydrated || settle.isPending}>
          {settle.isPending ? <Spinner aria-hidden /> : null}
          Settle final grade
        </Button>
      </div>
    </form>
  );
}
