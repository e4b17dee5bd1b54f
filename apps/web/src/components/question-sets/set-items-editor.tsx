"use client";

import { Badge, Button, EmptyState, Input, Label } from "@debrief/ui";
import { ArrowDownIcon, ArrowUpIcon, ListPlusIcon, PlusIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

export interface SetItem {
  questionId: string;
  title: string;
  kind: string;
}

/**
 * The set's questions in order, with buttons to move and remove each, and the cohort's bank to
 * add from. Every change saves at once (setItems replaces the ordered list), and is announced.
 */
export function SetItemsEditor({
  setId,
  initialItems,
  bank,
  kindLabels,
}: {
  setId: string;
  initialItems: SetItem[];
  bank: SetItem[];
  kindLabels: Record<string, string>;
}) {
  const router = useRouter();
  const ids = useId();
  const [items, setItems] = useState(initialItems);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const { mutateAsync: saveItems } = useLazyMutation(
    (client, input: Parameters<typeof client.questionSets.setItems.mutate>[0]) =>
      client.questionSets.setItems.mutate(input),
  );
  const [saveState, setSaveState] = useState<"idle" | "saving" | "saved">("idle");
  // Saves run one at a time and the newest list wins: overlapping requests could otherwise land
  // out of order and leave an older order on the server than the one on screen.
  const pending = useRef<SetItem[] | null>(null);
  const isFlushing = useRef(false);
  const confirmed = useRef(initialItems);

  const flush = async () => {
    if (isFlushing.current) return;
    isFlushing.current = true;
    setSaveState("saving");
    try {
      for (let next = pending.current; next; next = pending.current) {
        pending.current = null;
        await saveItems({ setId, questionIds: next.map((i) => i.questionId) });
        confirmed.current = next;
      }
      setSaveState("saved");
      router.refresh();
    } catch (e) {
      pending.current = null;
      setItems(confirmed.current);
      setSaveState("idle");
      setError(
        `Not saved, so the list is back to its last saved order: ${e instanceof Error ? e.message : "try again"}`,
      );
    } finally {
      isFlushing.current = false;
    }
  };

  const commit = (next: SetItem[], message: string, focusKey?: string) => {
    setItems(next);
    setError(null);
    setAnnouncement(message);
    pending.current = next;
    void flush();
    if (focusKey) {
      // After React re-renders, keep focus on the moved question's control.
      requestAnimationFrame(() => {
        const target = buttons.current.get(focusKey);
        if (target && !target.disabled) target.focus();
        else {
          const [questionId] = focusKey.split(":");
          const fallback =
            buttons.current.get(`${questionId}:up`) ?? buttons.current.get(`${questionId}:down`);
          if (fallback && !fallback.disabled) fallback.focus();
        }
      });
    }
  };

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const item = items[index];
    const other = items[target];
    if (!item || !other) return;
    const next = [...items];
    next[index] = other;
    next[target] = item;
    commit(
      next,
      `Moved “${item.title}” to position ${target + 1} of ${next.length}.`,
      `${item.questionId}:${delta < 0 ? "up" : "down"}`,
    );
  };

  const inSet = new Set(items.map((i) => i.questionId));
  const needle = search.trim().toLowerCase();
  const available = bank.filter(
    (q) =>
      !inSet.has(q.questionId) &&
      (needle === "" ||
        q.title.toLowerCase().includes(needle) ||
        (kindLabels[q.kind] ?? q.kind).toLowerCase().includes(needle)),
  );

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <section aria-labelledby={`${ids}-items`} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${ids}-items`} className="text-lg font-semibold">
            Questions in this set{" "}
            <span className="text-sm font-normal text-muted-foreground">({items.length})</span>
          </h2>
          <span data-testid="set-save-status" className="text-xs text-muted-foreground">
            {saveState === "saving"
              ? "Saving…"
              : saveState === "saved"
                ? "All changes saved"
                : "Changes save as you make them"}
          </span>
        </div>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        {items.length === 0 ? (
          <EmptyState
            headingLevel={3}
            icon={<ListPlusIcon />}
            title="No questions yet"
            body="Add questions from the bank. Candidates answer them in this order."
          />
        ) : (
          <ol className="flex flex-col divide-y rounded-xl border bg-card" aria-label="Set order">
            {items.map((item, index) => (
              <li key={item.questionId} className="flex items-center gap-3 px-3 py-2.5">
                <span className="w-6 text-right text-sm tabular-nums text-muted-foreground">
                  {index + 1}.
                </span>
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="truncate text-sm font-medium">{item.title}</span>
                  <span className="text-xs text-muted-foreground">
                    {kindLabels[item.kind] ?? item.kind}
                  </span>
                </div>
                <div className="flex shrink-0 gap-1">
                  <Button
                    ref={(el) => {
                      buttons.current.set(`${item.questionId}:up`, el);
                    }}
                    variant="ghost"
                    size="icon"
                    aria-label={`Move up: ${item.title}`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <ArrowUpIcon aria-hidden />
                  </Button>
                  <Button
                    ref={(el) => {
                      buttons.current.set(`${item.questionId}:down`, el);
                    }}
                    variant="ghost"
                    size="icon"
                    aria-label={`Move down: ${item.title}`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDownIcon aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove: ${item.title}`}
                    onClick={() =>
                      commit(
                        items.filter((i) => i.questionId !== item.questionId),
                        `Removed “${item.title}” from the set.`,
                      )
                    }
                  >
                    <XIcon aria-hidden />
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${ids}-bank`} className="flex flex-col gap-3">
        <h2 id={`${ids}-bank`} className="text-lg font-semibold">
          Add from the bank
        </h2>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-search`}>Filter questions</Label>
          <Input
            id={`${ids}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Title or kind"
          />
        </div>
        {available.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {needle ? "No question matches that filter." : "Every question is already in the set."}
          </p>
        ) : (
          <ul
            className="flex max-h-[28rem] flex-col divide-y overflow-y-auto rounded-xl border bg-card"
            aria-label="Questions you can add"
          >
            {available.map((q) => (
              <li key={q.questionId} className="flex items-center gap-3 px-3 py-2">
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="truncate text-sm">{q.title}</span>
                  <Badge variant="outline" className="mt-0.5">
                    {kindLabels[q.kind] ?? q.kind}
                  </Badge>
                </div>
                <Button
                  variant="outline"
                  size="sm"
                  aria-label={`Add: ${q.title}`}
                  onClick={() =>
                    commit([...items, q], `Added “${q.title}” at position ${items.length + 1}.`)
                  }
                >
                  <PlusIcon aria-hidden />
                  Add
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
