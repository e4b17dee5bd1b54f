"use client";

import { Button, Label, Spinner, Textarea } from "@debrief/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

/**
 * "Ask for a regrade": the dimensions to look at again (each with the coach's current score)
 * and a reason. Opens from a button so the score card stays calm for the many who never ask.
 */
export function RegradeRequestForm({
  answerId,
  dimensions,
  maxLength,
}: {
  answerId: string;
  dimensions: ReadonlyArray<{ key: string; label: string; score: number }>;
  maxLength: number;
}) {
  const router = useRouter();
  const ids = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const send = useLazyMutation(
    (client, input: Parameters<typeof client.regrades.request.mutate>[0]) =>
      client.regrades.request.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setError("Choose at least one dimension to look at again.");
      return;
    }
    if (reason.trim().length === 0) {
      setError("Say why: what in your answer does the score miss?");
      return;
    }
    try {
      await send.mutateAsync({
        answerId,
        dimensions: [...chosen] as Parameters<typeof send.mutateAsync>[0]["dimensions"],
        reason: reason.trim(),
      });
      setError(null);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!isOpen) {
    return (
      <div>
        <Button type="button" variant="outline" onClick={() => setIsOpen(true)}>
          Ask for a regrade
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">
          Which scores should your coach look at?
        </legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {dimensions.map((d) => (
            <li key={d.key}>
              <label className="flex items-center gap-2 rounded-md border px-3 py-2 text-sm hover:bg-accent">
                <input
                  type="checkbox"
                  name="dimensions"
                  value={d.key}
                  checked={chosen.has(d.key)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(d.key);
                    else next.delete(d.key);
                    setChosen(next);
                  }}
                  className="size-4 accent-primary"
                />
                <span className="flex-1">{d.label}</span>
                <span className="text-xs text-muted-foreground tabular-nums">
                  coach {d.score} of 4
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-reason`}>Why should they change?</Label>
        <Textarea
          id={`${ids}-reason`}
          value={reason}
          maxLength={maxLength}
          rows={4}
          onChange={(e) => setReason(e.currentTarget.value)}
          aria-describedby={`${ids}-hint${error ? ` ${ids}-error` : ""}`}
          placeholder="Point to the part of your answer the score misses."
        />
        <p id={`${ids}-hint`} className="text-xs text-muted-foreground">
          One request per review. {reason.length}/{maxLength} characters.
        </p>
      </div>
      {error ? (
        <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? <Spinner /> : null}
          Send request
        </Button>
        <Button type="button" variant="ghost" onClick={() => setIsOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
