"use client";

import { maxRegradeWindowDays } from "@debrief/db/limits";
import { Button, Input, Label, Spinner } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

/** The set's regrade window: days after a review is released that its candidate may ask. */
export function RegradeWindowForm({ setId, initialDays }: { setId: string; initialDays: number }) {
  const router = useRouter();
  const ids = useId();
  const [days, setDays] = useState(String(initialDays));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useLazyMutation(
    (client, input: Parameters<typeof client.questionSets.setRegradeWindow.mutate>[0]) =>
      client.questionSets.setRegradeWindow.mutate(input),
  );
  const value = Number(days);
  const isValid =
    days.trim() !== "" && Number.isInteger(value) && value >= 0 && value <= maxRegradeWindowDays;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValid) {
      setStatus({ ok: false, text: `Enter a whole number from 0 to ${maxRegradeWindowDays}.` });
      return;
    }
    try {
      await save.mutateAsync({ setId, days: value });
      setStatus({ ok: true, text: value === 0 ? "Saved: regrades are off." : "Saved." });
      router.refresh();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${ids}-heading`}
      className="flex flex-col gap-4 rounded-xl border bg-card p-5"
    >
      <h2 id={`${ids}-heading`} className="text-base font-semibold">
        Regrade requests
      </h2>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-days`}>Days to ask after a review is released</Label>
        <div className="flex items-center gap-3">
          <Input
            id={`${ids}-days`}
            type="number"
            inputMode="numeric"
            min={0}
            max={maxRegradeWindowDays}
            step={1}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            aria-describedby={`${ids}-hint`}
            aria-invalid={!isValid || undefined}
            className="w-24"
          />
          <Button
            type="submit"
            variant="outline"
            disabled={save.isPending || days === String(initialDays)}
          >
            {save.isPending ? <Spinner /> : null}
            Save
          </Button>
        </div>
        <p id={`${ids}-hint`} className="text-xs text-muted-foreground">
          Regrade requests allowed for N days after a review is released; 0 turns them off.
        </p>
      </div>
      <span
        role="status"
        className={
          status?.ok === false ? "text-sm text-destructive" : "text-sm text-muted-foreground"
        }
      >
        {status?.text}
      </span>
    </form>
  );
}
