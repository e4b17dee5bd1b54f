import { CircleAlertIcon, CircleCheckIcon } from "lucide-react";
import { cn } from "../lib/cn.ts";
import type { FlagInfo } from "./types.ts";

export interface FlagListProps {
  flags: readonly FlagInfo[];
  /** Shown when there are no flags; pass null to render nothing instead. */
  emptyMessage?: string | null;
  className?: string;
}

/** Pitfall flags in plain words: a name and what it means for this answer. */
export function FlagList({
  flags,
  emptyMessage = "No pitfalls spotted.",
  className,
}: FlagListProps) {
  if (flags.length === 0) {
    if (emptyMessage === null) return null;
    return (
      <p className={cn("flex items-center gap-2 text-sm text-muted-foreground", className)}>
        <CircleCheckIcon aria-hidden className="size-4 text-success" />
        {emptyMessage}
      </p>
    );
  }
  return (
    <ul className={cn("flex flex-col gap-2.5", className)}>
      {flags.map((flag) => (
        <li
          key={flag.key}
          data-flag={flag.key}
          className="flex gap-2.5 rounded-lg border border-warning/30 bg-warning/5 px-3 py-2.5"
        >
          <CircleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          <div className="min-w-0 text-sm">
            <p className="font-medium">{flag.label}</p>
            <p className="text-muted-foreground">{flag.description}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
