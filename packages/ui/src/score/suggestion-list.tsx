import { cn } from "../lib/cn.ts";

export interface SuggestionListProps {
  /** Most useful first: the order is the order to act in. */
  suggestions: readonly string[];
  emptyMessage?: string | null;
  className?: string;
}

/** Numbered next steps. Suggestions are plain text from the engine, rendered as text. */
export function SuggestionList({
  suggestions,
  emptyMessage = "Nothing to add: this answer covers the rubric.",
  className,
}: SuggestionListProps) {
  if (suggestions.length === 0) {
    return emptyMessage === null ? null : (
      <p className={cn("text-sm text-muted-foreground", className)}>{emptyMessage}</p>
    );
  }
  return (
    <ol className={cn("flex flex-col gap-2.5", className)}>
      {suggestions.map((text, i) => (
        // Suggestions may repeat word for word; position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: list is static per render
        <li key={i} className="flex gap-3 text-sm leading-relaxed">
          <span
            aria-hidden
            className="flex size-5 shrink-0 items-center justify-center rounded-full bg-primary/10 text-xs font-semibold text-primary tabular-nums"
          >
            {i + 1}
          </span>
          <span className="min-w-0 pt-px">{text}</span>
        </li>
      ))}
    </ol>
  );
}
