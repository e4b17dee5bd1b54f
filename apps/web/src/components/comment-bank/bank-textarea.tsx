"use client";

import { Badge, cn, Textarea } from "@debrief/ui";
import { type ComponentProps, useId, useRef, useState } from "react";
import { fragmentAt, insertEntry, matchEntries } from "./bank-matches";
import type { CommentBankEntry } from "./types";

type TextareaProps = Omit<ComponentProps<"textarea">, "value" | "onChange">;

/**
 * A comment box that offers the organisation's bank as the coach types: two letters or more
 * list the matching entries under the box (a listbox the box points at with
 * aria-activedescendant). Arrow keys move, Enter or Tab inserts, Escape closes. Inserting
 * replaces what was typed with the entry and tells the caller which entry it was, so the review
 * links to it and later edits of the entry reach this comment.
 */
export function BankTextarea({
  value,
  onValueChange,
  onInsert,
  entries,
  onFirstFocus,
  dimensionLabels,
  className,
  ref: outerRef,
  ...props
}: TextareaProps & {
  value: string;
  onValueChange: (value: string) => void;
  onInsert: (entry: CommentBankEntry) => void;
  entries: readonly CommentBankEntry[];
  onFirstFocus: () => void;
  dimensionLabels: Record<string, string>;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [isDismissed, setIsDismissed] = useState(false);
  const fragment = caret === null ? null : fragmentAt(value, caret);
  const matches = fragment && !isDismissed ? matchEntries(entries, fragment.query) : [];
  const isOpen = matches.length > 0;
  const listId = `${id}-bank`;
  const activeIndex = Math.min(active, matches.length - 1);

  function track(target: HTMLTextAreaElement) {
    setCaret(target.selectionStart === target.selectionEnd ? target.selectionStart : null);
  }

  function insert(entry: CommentBankEntry) {
    if (!fragment || caret === null) return;
    const next = insertEntry(value, fragment, caret, entry.text);
    onValueChange(next.text);
    onInsert(entry);
    // Closed until the coach types again: the inserted text would match its own entry.
    setIsDismissed(true);
    setCaret(null);
    window.requestAnimationFrame(() => {
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  return (
    <div className="relative">
      <Textarea
        {...props}
        ref={(node) => {
          ref.current = node;
          if (typeof outerRef === "function") outerRef(node);
          else if (outerRef) outerRef.current = node;
        }}
        value={value}
        className={className}
        aria-autocomplete="list"
        aria-controls={isOpen ? listId : undefined}
        aria-activedescendant={isOpen ? `${listId}-${activeIndex}` : undefined}
        onFocus={(event) => {
          onFirstFocus();
          props.onFocus?.(event);
        }}
        onChange={(event) => {
          onValueChange(event.target.value);
          setIsDismissed(false);
          setActive(0);
          track(event.target);
        }}
        onSelect={(event) => track(event.currentTarget)}
        onBlur={(event) => {
          setCaret(null);
          props.onBlur?.(event);
        }}
        onKeyDown={(event) => {
          if (isOpen && !event.ctrlKey && !event.metaKey) {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const step = event.key === "ArrowDown" ? 1 : -1;
              setActive((activeIndex + step + matches.length) % matches.length);
              return;
            }
            if (event.key === "Enter" || event.key === "Tab") {
              const entry = matches[activeIndex];
              if (entry) {
                event.preventDefault();
                insert(entry);
                return;
              }
            }
            if (event.key === "Escape") {
              event.preventDefault();
              event.stopPropagation();
              setIsDismissed(true);
              return;
            }
          }
          props.onKeyDown?.(event);
        }}
      />
      {isOpen ? (
        <div
          id={listId}
          role="listbox"
          aria-label="Comments from the bank"
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-auto rounded-md border bg-popover p-1 text-sm text-popover-foreground shadow-md"
        >
          {matches.map((entry, index) => (
            <div
              key={entry.id}
              id={`${listId}-${index}`}
              role="option"
              // The box keeps focus (aria-activedescendant); -1 keeps the option out of Tab order.
              tabIndex={-1}
              aria-selected={index === activeIndex}
              // Keeps focus in the box: a click inserts without blurring it first.
              onMouseDown={(event) => {
                event.preventDefault();
                insert(entry);
              }}
              onMouseEnter={() => setActive(index)}
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
      ) : null}
      <p className="sr-only" aria-live="polite">
        {isOpen
          ? `${matches.length} ${matches.length === 1 ? "comment" : "comments"} from the bank; arrow keys to choose, Enter to insert.`
          : ""}
      </p>
    </div>
  );
}
