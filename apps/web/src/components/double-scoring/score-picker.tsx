"use client";

import { cn } from "@debrief/ui";

const scale = [0, 1, 2, 3, 4] as const;

/** One rubric dimension as five radio buttons (0–4), with an optional marked reference score. */
export function ScorePicker({
  name,
  label,
  note,
  value,
  onChange,
}: {
  name: string;
  label: string;
  note?: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const labelId = `${name}-label`;
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
      <div className="flex min-w-0 flex-col text-sm">
        <span id={labelId} className="font-medium">
          {label}
        </span>
        {note ? <span className="text-xs text-muted-foreground">{note}</span> : null}
      </div>
      <div role="radiogroup" aria-labelledby={labelId} className="flex gap-1">
        {scale.map((n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="peer absolute inset-0 size-full cursor-pointer opacity-0"
            />
            <span
              aria-hidden
              className={cn(
                "flex size-9 items-center justify-center rounded-md border text-sm font-medium tabular-nums transition-colors peer-hover:bg-accent peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-1 peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground",
              )}
            >
              {n}
            </span>
            <span className="sr-only">{n} of 4</span>
          </label>
        ))}
      </div>
    </div>
  );
}
