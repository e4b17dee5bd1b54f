"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { type DimensionLabel, GradeForm } from "./grade-form";

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
  const [error, setError] = useState<string | null>(null);
  const settle = useLazyMutation(
    (client, input: Parameters<typeof client.moderation.settle.mutate>[0]) =>
      client.moderation.settle.mutate(input),
  );

  return (
    <GradeForm
      label="Final grade"
      name="final"
      dimensions={dimensions}
      initial={first}
      noteFor={(key) => `First ${first[key] ?? "—"} · second ${second[key] ?? "—"}`}
      text={{
        id: "settle-reason",
        label: "Why this grade",
        maxLength: reasonMaxLength,
        placeholder: "e.g. The result is stated but not measured, so impact is 2.",
      }}
      error={error}
      isPending={settle.isPending}
      submitLabel="Settle final grade"
      onSubmit={async ({ scores, text }) => {
        setError(null);
        if (text.trim() === "") {
          setError("Say why this is the final grade: both coaches will read it.");
          return;
        }
        try {
          await settle.mutateAsync({
            cohortId,
            answerId,
            expectedVersion,
            dimensions: scores as Parameters<typeof settle.mutateAsync>[0]["dimensions"],
            reason: text,
          });
          router.refresh();
        } catch (caught) {
          setError(errorMessage(caught));
        }
      }}
    />
  );
}
