"use client";

import type { QuestionKind } from "@debrief/core/rubric";
import { Badge, Button, cn, EmptyState, Kbd, Label, NativeSelect, Spinner } from "@debrief/ui";
import { AlertTriangleIcon, CalendarClockIcon, InboxIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { ScorePill } from "~/components/answers/score-pill";
import { LocalTime } from "~/components/local-time";
import { BlindBadge, HeldBadge } from "~/components/reviews/grading-badges";
import { humanMessage } from "~/lib/human-message";
import { type QueueFilters, queueInput, queueSearch } from "~/lib/list-filters";
import { lazyQuery } from "~/trpc/lazy-client";
import { useLazyQuery } from "~/trpc/use-lazy-query";
import {
  type QueueItem,
  type QueuePage,
  type QueueSort,
  type ReviewStatus,
  type RubricLabels,
  reviewStatusLabels,
  statusLabel,
} from "./types";

const allValue = "all";

const sortLabels: Record<QueueSort, string> = {
  due: "Oldest due first",
  attention: "Needs attention first",
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ||
    target.closest("[role='listbox'],[role='menu'],[role='dialog'],dialog") !== null
  );
}

/**
 * The review queue: filters kept in the URL, cursor pagination, and keyboard work — j/k move a
 * roving focus over the row links (the focused row is the selection), Enter opens it.
 */
export function QueueView({
  initialFilters,
  initialPage,
  cohorts,
  candidates,
  labels,
}: {
  initialFilters: QueueFilters;
  /** The server's first page for `initialFilters`. */
  initialPage: QueuePage;
  cohorts: { id: string; name: string }[];
  candidates: { id: string; name: string }[];
  labels: RubricLabels;
}) {
  const router = useRouter();
  const [filters, setFilters] = useState(initialFilters);
  const [selected, setSelected] = useState(0);
  const [showHelp, setShowHelp] = useState(false);
  const rowRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const helpId = useId();

  // The first page follows the filters (the server rendered it for the initial ones); "Load
  // more" appends pages to that first page, and a new first page drops them.
  const first = useLazyQuery(
    queueInput(filters),
    (client, input) => client.reviews.queue.query(input),
    { input: queueInput(initialFilters), data: initialPage },
  );
  const [more, setMore] = useState<{ after: QueuePage; pages: QueuePage[] } | null>(null);
  const [isFetchingNextPage, setIsFetchingNextPage] = useState(false);
  const [nextPageError, setNextPageError] = useState<string | null>(null);
  const pages = [first.data, ...(more?.after === first.data ? more.pages : [])];
  const nextCursor = pages.at(-1)?.nextCursor ?? null;
  const fetchNextPage = async () => {
    if (nextCursor === null) return;
    const after = first.data;
    setIsFetchingNextPage(true);
    setNextPageError(null);
    try {
      const input = { ...queueInput(filters), cursor: nextCursor };
      const page = await lazyQuery(["reviews.queue", input], (client) =>
        client.reviews.queue.query(input),
      );
      setMore((current) =>
        current?.after === after
          ? { after, pages: [...current.pages, page] }
          : { after, pages: [page] },
      );
    } catch (error) {
      setNextPageError(error instanceof Error ? humanMessage(error.message) : "try again");
    } finally {
      setIsFetchingNextPage(false);
    }
  };
  const query = {
    error: first.error,
    isFetching: first.isFetching,
    hasNextPage: nextCursor !== null,
    isFetchingNextPage,
  };
  const items: QueueItem[] = pages.flatMap((p) => p.items);
  const selectedIndex = Math.min(selected, Math.max(items.length - 1, 0));
  const isFiltered = Boolean(
    filters.cohortId || filters.kind || filters.candidateId || filters.status !== "to_review",
  );
  const kindLabel = (key: string) => labels.kinds.find((k) => k.key === key)?.label ?? key;

  const update = (next: Partial<QueueFilters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    setSelected(0);
    // History API, not router.replace: the island refetches on its own, no server round trip.
    window.history.replaceState(null, "", `/coach/queue${queueSearch(merged)}`);
  };

  const move = (delta: number) => {
    if (items.length === 0) return;
    const next = Math.min(Math.max(selectedIndex + delta, 0), items.length - 1);
    setSelected(next);
    rowRefs.current[next]?.focus();
  };

  // Latest handlers in a ref, so the document listener is attached once.
  const keys = useRef({ move, open: (_: number) => {}, toggleHelp: () => {} });
  keys.current = {
    move,
    open: (index: number) => {
      const item = items[index];
      if (item) router.push(`/coach/review/${item.answerId}`);
    },
    toggleHelp: () => setShowHelp((v) => !v),
  };
  const indexRef = useRef(selectedIndex);
  indexRef.current = selectedIndex;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (event.key === "j" || event.key === "ArrowDown") {
        event.preventDefault();
        keys.current.move(1);
      } else if (event.key === "k" || event.key === "ArrowUp") {
        event.preventDefault();
        keys.current.move(-1);
      } else if (event.key === "?") {
        event.preventDefault();
        keys.current.toggleHelp();
      } else if (event.key === "Enter" && !(event.target instanceof HTMLAnchorElement)) {
        // On a row link Enter follows the link natively; elsewhere it opens the selection.
        if (event.target instanceof HTMLButtonElement) return;
        event.preventDefault();
        keys.current.open(indexRef.current);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="flex flex-col gap-5">
      <search className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        <FilterSelect
          id="queue-cohort"
          label="Cohort"
          value={filters.cohortId}
          allLabel="All cohorts"
          options={cohorts.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) => update({ cohortId: v })}
        />
        <FilterSelect
          id="queue-kind"
          label="Kind"
          value={filters.kind}
          allLabel="All kinds"
          options={labels.kinds.map((k) => ({ value: k.key, label: k.label }))}
          onChange={(v) => update({ kind: v as QuestionKind | undefined })}
        />
        <FilterSelect
          id="queue-candidate"
          label="Candidate"
          value={filters.candidateId}
          allLabel="All candidates"
          options={candidates.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) => update({ candidateId: v })}
        />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="queue-status">Status</Label>
          <NativeSelect
            id="queue-status"
            className="min-w-36"
            value={filters.status}
            onChange={(e) => update({ status: e.target.value as ReviewStatus })}
          >
            {(Object.keys(reviewStatusLabels) as ReviewStatus[]).map((s) => (
              <option key={s} value={s}>
                {reviewStatusLabels[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="queue-sort">Sort</Label>
          <NativeSelect
            id="queue-sort"
            className="min-w-48"
            value={filters.sort}
            onChange={(e) => update({ sort: e.target.value as QueueSort })}
          >
            {(Object.keys(sortLabels) as QueueSort[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
      </search>

      <ShortcutLegend helpId={helpId} isOpen={showHelp} onToggle={() => setShowHelp((v) => !v)} />

      {query.error ? (
        <p role="alert" className="text-sm text-destructive">
          The queue could not load: {humanMessage(query.error.message)}
        </p>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<InboxIcon />}
          title={isFiltered ? "Nothing matches these filters" : "You're all caught up"}
          body={
            isFiltered
              ? "Clear a filter to see more answers, or check the reviewed ones under Status."
              : "New answers land here as candidates submit them. Meanwhile, build a question set and assign it."
          }
          action={
            isFiltered ? (
              <Button
                variant="outline"
                onClick={() =>
                  update({
                    cohortId: undefined,
                    kind: undefined,
                    candidateId: undefined,
                    status: "to_review",
                  })
                }
              >
                Clear filters
              </Button>
            ) : (
              <Button asChild variant="outline">
                <Link href="/coach/sets">Go to question sets</Link>
              </Button>
            )
          }
        />
      ) : (
        <section aria-labelledby="queue-heading" className="flex flex-col gap-3">
          <h2 id="queue-heading" className="sr-only">
            Answers
          </h2>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {items.length} answer{items.length === 1 ? "" : "s"} shown
            {query.hasNextPage ? ", more to load" : ""}
            {query.isFetching && !query.isFetchingNextPage ? " · updating…" : ""}
          </p>
          <ol
            aria-label="Review queue"
            aria-describedby={helpId}
            className="flex flex-col divide-y overflow-hidden rounded-xl border bg-card"
          >
            {items.map((item, index) => (
              <li key={item.answerId}>
                <QueueRow
                  item={item}
                  kindLabel={kindLabel(item.kind)}
                  flagLabels={labels.flags}
                  isSelected={index === selectedIndex}
                  ref={(el) => {
                    rowRefs.current[index] = el;
                  }}
                  onFocus={() => setSelected(index)}
                />
              </li>
            ))}
          </ol>
          {query.hasNextPage ? (
            <div>
              <Button
                variant="outline"
                onClick={() => {
                  void fetchNextPage();
                }}
                disabled={query.isFetchingNextPage}
              >
                {query.isFetchingNextPage ? <Spinner /> : null}
                Load more
              </Button>
              {nextPageError ? (
                <p role="alert" className="mt-2 text-sm text-destructive">
                  More could not load: {nextPageError}
                </p>
              ) : null}
            </div>
          ) : null}
        </section>
      )}
    </div>
  );
}

function QueueRow({
  item,
  kindLabel,
  flagLabels,
  isSelected,
  ref,
  onFocus,
}: {
  item: QueueItem;
  kindLabel: string;
  flagLabels: Record<string, string>;
  isSelected: boolean;
  ref: (el: HTMLAnchorElement | null) => void;
  onFocus: () => void;
}) {
  const isOverdue = item.dueAt !== null && new Date(item.dueAt).getTime() < Date.now();
  return (
    <Link
      ref={ref}
      href={`/coach/review/${item.answerId}`}
      // Roving tab stop: the selected row is the one Tab reaches; j/k move it.
      tabIndex={isSelected ? 0 : -1}
      aria-current={isSelected ? "true" : undefined}
      data-selected={isSelected ? "true" : undefined}
      onFocus={onFocus}
      className={cn(
        "grid gap-x-4 gap-y-1.5 border-l-4 border-transparent px-4 py-3 text-sm outline-none transition-colors hover:bg-accent/60 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset md:grid-cols-[11rem_minmax(0,1fr)_auto_10rem] md:items-center",
        // No background tint: the warning badges need the card background for contrast.
        isSelected && "border-primary shadow-[inset_0_0_0_2px_var(--color-primary)]",
      )}
    >
      <span className="flex min-w-0 flex-col">
        <span className="truncate font-medium">{item.candidateName}</span>
        <span className="truncate text-xs text-muted-foreground">{item.cohortName}</span>
      </span>
      <span className="flex min-w-0 flex-col">
        <span className="truncate">{item.questionTitle}</span>
        <span className="text-xs text-muted-foreground">
          {kindLabel} · attempt {item.attempt} · submitted{" "}
          <LocalTime value={item.submittedAt} format="date" />
        </span>
      </span>
      <span className="flex flex-wrap items-center gap-1.5 md:justify-end">
        {item.isBlind ? <BlindBadge /> : null}
        {item.isHeld ? (
          <HeldBadge />
        ) : (
          <Badge variant={item.status === "reviewed" ? "success" : "secondary"}>
            {statusLabel(item.status)}
          </Badge>
        )}
        {item.dueAt ? (
          isOverdue && item.status !== "reviewed" ? (
            <Badge variant="destructive">
              <CalendarClockIcon aria-hidden /> Overdue ·{" "}
              <LocalTime value={item.dueAt} format="date" />
            </Badge>
          ) : (
            <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
              <CalendarClockIcon aria-hidden className="size-3.5" /> Due{" "}
              <LocalTime value={item.dueAt} format="date" />
            </span>
          )
        ) : null}
        {item.flags.length > 0 ? (
          <Badge variant="warning" title={item.flags.map((f) => flagLabels[f] ?? f).join(", ")}>
            <AlertTriangleIcon aria-hidden />
            {item.flags.length} pitfall{item.flags.length === 1 ? "" : "s"}
          </Badge>
        ) : null}
        {item.lowConfidence ? <Badge variant="info">Low confidence</Badge> : null}
      </span>
      <span className="md:justify-self-end">
        <ScorePill score={item.autoOverall} label="Auto" />
      </span>
    </Link>
  );
}

function ShortcutLegend({
  helpId,
  isOpen,
  onToggle,
}: {
  helpId: string;
  isOpen: boolean;
  onToggle: () => void;
}) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-dashed px-3 py-2 text-xs text-muted-foreground">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1" id={helpId}>
        <span>
          <Kbd>j</Kbd> / <Kbd>k</Kbd> next / previous answer
        </span>
        <span>
          <Kbd>Enter</Kbd> open
        </span>
        <span>
          <Kbd>?</Kbd> all shortcuts
        </span>
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto h-7"
          aria-expanded={isOpen}
          aria-controls={`${helpId}-list`}
          onClick={onToggle}
        >
          {isOpen ? "Hide shortcuts" : "Show shortcuts"}
        </Button>
      </div>
      {isOpen ? (
        <section id={`${helpId}-list`} aria-label="Keyboard shortcuts">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 py-1 text-sm text-foreground">
            <dt>
              <Kbd>j</Kbd> or <Kbd>↓</Kbd>
            </dt>
            <dd>Select the next answer</dd>
            <dt>
              <Kbd>k</Kbd> or <Kbd>↑</Kbd>
            </dt>
            <dd>Select the previous answer</dd>
            <dt>
              <Kbd>Enter</Kbd>
            </dt>
            <dd>Open the selected answer for grading</dd>
            <dt>
              <Kbd>Tab</Kbd>
            </dt>
            <dd>Leave the list (the selected row keeps its place)</dd>
            <dt>
              <Kbd>?</Kbd>
            </dt>
            <dd>Show or hide this list</dd>
            <dt>
              <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd>
            </dt>
            <dd>In the grading panel: submit the review</dd>
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  allLabel,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect
        id={id}
        className="min-w-40 max-w-64"
        value={value ?? allValue}
        onChange={(e) => onChange(e.target.value === allValue ? undefined : e.target.value)}
      >
        <option value={allValue}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
