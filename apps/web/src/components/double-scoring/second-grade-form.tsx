"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { type DimensionLabel, GradeForm } from "./grade-form";

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
  const [error, setError] = useState<string | null>(null);
  const save = useLazyMutation(
    (client, input: Parameters<typeof client.doubleScoring.save.mutate>[0]) =>
      client.doubleScoring.save.mutate(input),
  );

  return (
    <GradeForm
      label="Second grade"
      name="second"
      dimensions={dimensions}
      initial={engine}
      noteFor={(key) => `Engine ${engine[key] ?? "—"}`}
      text={{
        id: "second-grade-comment",
        label: "Note for the lead (optional)",
        maxLength: commentMaxLength,
        placeholder: "What decided the scores you were unsure of",
      }}
      error={error}
      isPending={save.isPending}
      submitLabel="Submit second grade"
      onSubmit={async ({ scores, text }) => {
        setError(null);
        try {
          await save.mutateAsync({
            answerId,
            dimensions: scores as Parameters<typeof save.mutateAsync>[0]["dimensions"],
            comment: text,
          });
          router.refresh();
        } catch (caught) {
          setError(errorMessage(caught));
        }
      }}
    />
  );
}
