"use client";

import { Badge, cn } from "@debrief/ui";
import type { CommentBankEntry } from "./types";

// What <BankTextarea> loads when a comment box first takes focus, with the bank itself: the
// matching and the list. A page whose coach never writes a comment never fetches it.
export { fragmentAt, insertEntry, matchEntries } from "./bank-matches";

/** The matches under the box: a listbox the box points at with aria-activedescendant. */
export function BankSuggestionList({
  id,
  matches,
  activeIndex,
  dimensionLabels,
  onInsert,
  onActive,
}: {
  id: string;
  matches: readonly CommentBankEntry[];
  activeIndex: number;
  dimensionLabels: Record<string, string>;
  onInsert: (entry: CommentBankEntry) => void;
  onActive: (index: number) => void;
}) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Comments from the bank"
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-auto rounded-md border bg-popover p-1 text-sm text-popover-foreground shadow-md"
    >
      {matches.map((entry, index) => (
        <div
          key={entry.id}
          id={`${id}-${index}`}
          role="option"
          // The box keeps focus (aria-activedescendant); -1 keeps the option out of Tab order.
          tabIndex={-1}
          aria-selected={index === activeIndex}
          // Keeps focus in the box: a click inserts without blurring it first.
          onMouseDown={(event) => {
            event.preventDefault();
            onInsert(entry);
          }}
          onMouseEnter={() => onActive(index)}
          className={cn(
            "flex cursor-pointer flex-col gap-1 rounded-sm px-2 py-1.5",
            index === activeIndex && "bg-accent text-accent-foreground",
          )}
        >
          <span className="whitespace-pre-wrap">{entry.text}</span>
          <span className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
            {entry.dimension ? (
              <Badge variant="outline">
                {dimensionLabels[entry.dimension] ?? entry.dimension}
                {entry.score === null ? "" : ` · ${entry.score}`}
              </Badge>
            ) : null}
            used {entry.usageCount} {entry.usageCount === 1 ? "time" : "times"}
          </span>
        </div>
      ))}
    </div>
  );
}
