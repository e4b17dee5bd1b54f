"use client";

import {
  Alert,
  AlertDescription,
  Button,
  Label,
  Spinner,
  Textarea,
  useIsHydrated,
} from "@debrief/ui";
import { type FormEvent, useState } from "react";
import { ScorePicker } from "./score-picker";

export interface DimensionLabel {
  key: string;
  label: string;
}

/**
 * A full grade by dimension with one piece of text beside it: the second coach's grade and the
 * lead's final grade. The caller sends it; this form holds the scores and the text.
 */
export function GradeForm({
  label,
  name,
  dimensions,
  initial,
  noteFor,
  text,
  error,
  isPending,
  submitLabel,
  onSubmit,
}: {
  /** The form's accessible name. */
  label: string;
  /** Prefix for the radio groups' names. */
  name: string;
  dimensions: readonly DimensionLabel[];
  initial: Record<string, number>;
  /** What to show beside a dimension ("Engine 3", "First 2 · second 4"). */
  noteFor: (key: string) => string;
  text: { id: string; label: string; maxLength: number; placeholder: string };
  error: string | null;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (grade: { scores: Record<string, number>; text: string }) => void;
}) {
  const isHydrated = useIsHydrated();
  const [scores, setScores] = useState<Record<string, number>>({ ...initial });
  const [value, setValue] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ scores, text: value });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={label}>
      <div className="flex flex-col divide-y">
        {dimensions.map((d) => (
          <ScorePicker
            key={d.key}
            name={`${name}-${d.key}`}
            label={d.label}
            note={noteFor(d.key)}
            value={scores[d.key] ?? 0}
            onChange={(score) => setScores((current) => ({ ...current, [d.key]: score }))}
          />
        ))}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={text.id}>{text.label}</Label>
        <Textarea
          id={text.id}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={text.maxLength}
          rows={3}
          placeholder={text.placeholder}
        />
      </div>
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={!isHydrated || isPending}>
          {isPending ? <Spinner aria-hidden /> : null}
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
