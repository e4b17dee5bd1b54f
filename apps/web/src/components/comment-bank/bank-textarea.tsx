"use client";

import { Textarea } from "@debrief/ui";
import { type ComponentProps, useId, useRef, useState } from "react";
import type { CommentBankEntry } from "./types";

type TextareaProps = Omit<ComponentProps<"textarea">, "value" | "onChange">;
type SuggestionKit = typeof import("./bank-suggestions");
const loadKit = () => import("./bank-suggestions");

/**
 * A comment box that offers the organisation's bank as the coach types: two letters or more
 * list the matching entries under the box (a listbox the box points at with
 * aria-activedescendant). Arrow keys move, Enter or Tab inserts, Escape closes. Inserting
 * replaces what was typed with the entry and tells the caller which entry it was, so the review
 * links to it and later edits of the entry reach this comment.
 *
 * The matching and the list load with the bank, on first focus (or first keystroke).
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
  const [kit, setKit] = useState<SuggestionKit | null>(null);
  const fragment = kit && caret !== null ? kit.fragmentAt(value, caret) : null;
  const matches = kit && fragment && !isDismissed ? kit.matchEntries(entries, fragment.query) : [];
  const isOpen = matches.length > 0;
  const listId = `${id}-bank`;
  const activeIndex = Math.min(active, matches.length - 1);

  function track(target: HTMLTextAreaElement) {
    setCaret(target.selectionStart === target.selectionEnd ? target.selectionStart : null);
  }

  function wantSuggestions() {
    onFirstFocus();
    if (!kit) {
      loadKit().then(setKit, () => {
        // Suggestions are a convenience: without them the coach still types the comment.
      });
    }
  }

  function insert(entry: CommentBankEntry) {
    if (!kit || !fragment || caret === null) return;
    const next = kit.insertEntry(value, fragment, caret, entry.text);
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
          wantSuggestions();
          props.onFocus?.(event);
        }}
        onChange={(event) => {
          wantSuggestions();
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
      {isOpen && kit ? (
        <kit.BankSuggestionList
          id={listId}
          matches={matches}
          activeIndex={activeIndex}
          dimensionLabels={dimensionLabels}
          onInsert={insert}
          onActive={setActive}
        />
      ) : null}
      <p className="sr-only" aria-live="polite">
        {isOpen
          ? `${matches.length} ${matches.length === 1 ? "comment" : "comments"} from the bank; arrow keys to choose, Enter to insert.`
          : ""}
      </p>
    </div>
  );
}
