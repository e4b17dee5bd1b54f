"use client";

import { Alert, AlertDescription, Button, Input, Label, Spinner, useIsHydrated } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

/** The lead's double-scoring switch: a share of new answers, 0 (off) to 100 %. */
export function RateForm({ cohortId, rate }: { cohortId: string; rate: number }) {
  const router = useRouter();
  const isHydrated = useIsHydrated();
  const [value, setValue] = useState(String(rate));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const setRate = useLazyMutation(
    (client, input: Parameters<typeof client.doubleScoring.setRate.mutate>[0]) =>
      client.doubleScoring.setRate.mutate(input),
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const next = Number(value);
    if (!Number.isInteger(next) || next < 0 || next > 100) {
      setError("Enter a whole percentage from 0 (off) to 100.");
      return;
    }
    try {
      await setRate.mutateAsync({ cohortId, rate: next });
      setSaved(true);
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="double-scoring-rate">Share of new answers double-scored (%)</Label>
        <div className="flex items-center gap-3">
          <Input
            id="double-scoring-rate"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className="w-28"
          />
          <Button type="submit" disabled={!isHydrated || setRate.isPending}>
            {setRate.isPending ? <Spinner aria-hidden /> : null}
            Save
          </Button>
        </div>
      </div>
      {saved ? (
        <p role="status" className="text-sm text-muted-foreground">
          Saved.
        </p>
      ) : null}
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
    </form>
  );
}
