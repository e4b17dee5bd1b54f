"use client";

import { Alert, AlertDescription, Button, Label, Spinner, Textarea } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { useIsHydrated } from "./use-is-hydrated";
import { ScorePicker } from "./score-picker";

export interface DimensionLabel {
  key: string;
  label: string;
}

/**
 * The second coach's independent grade. It starts from the engine's scores, as the first coach's
 * panel does, so neither grade starts from the other; it is given once.
 */
export function SecondGradeForm({
  answerId,
  dimensions,
  engine,
  commentMaxLength,
}: {
  answerId: string;
  dimensions: readonly DimensionLabel[];
  engine: Record<string, number>;
  commentMaxLength: number;
}) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [scores, setScores] = useState<Record<string, number>>({ ...engine });
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const save = useLazyMutation(
    (client, input: Parameters<typeof client.doubleScoring.save.mutate>[0]) =>
      client.doubleScoring.save.mutate(input),
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({
        answerId,
        dimensions: scores as Parameters<typeof save.mutateAsync>[0]["dimensions"],
        comment,
      });
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label="Second grade">
      <div className="flex flex-col divide-y">
        {dimensions.map((d) => (
          <ScorePicker
            key={d.key}
            name={`second-${d.key}`}
            label={d.label}
            note={`Engine ${engine[d.key] ?? "—"}`}
            value={scores[d.key] ?? 0}
            onChange={(value) => setScores((current) => ({ ...current, [d.key]: value }))}
          />
        ))}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="second-grade-comment">Note for the lead (optional)</Label>
        <Textarea
          id="second-grade-comment"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={commentMaxLength}
          rows={3}
          placeholder="What decided the scores you were unsure of"
        />
      </div>
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={!isHydrated || save.isPending}>
          {save.isPending ? <Spinner aria-hidden /> : null}
          Submit second grade
        </Button>
      </div>
    </form>
  );
}
