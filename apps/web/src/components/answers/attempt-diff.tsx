import { type Change, diffWords } from "diff";
import Form from "next/form";
import { countWords, pluralize } from "~/lib/format";
import type { AttemptSummary } from "./types";

const selectClass =
  "h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-ring";

/**
 * Word-level diff of two attempts, computed on the server. Picking the pair is a GET form, so it
 * works without JavaScript and the comparison has an address; next/form keeps it a soft navigation.
 */
export function AttemptDiff({
  attempts,
  from,
  to,
  action,
}: {
  attempts: AttemptSummary[];
  from: AttemptSummary;
  to: AttemptSummary;
  action: string;
}) {
  // Very different long texts can make a word diff slow; past the timeout, say so instead.
  const changes = from.id === to.id ? [] : diffWords(from.body, to.body, { timeout: 1500 });
  const added = changes?.filter((c) => c.added).reduce((n, c) => n + countWords(c.value), 0) ?? 0;
  const removed =
    changes?.filter((c) => c.removed).reduce((n, c) => n + countWords(c.value), 0) ?? 0;

  return (
    <div className="flex flex-col gap-4">
      <Form action={action} scroll={false} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="diff-from" className="text-sm font-medium">
            Compare
          </label>
          <select id="diff-from" name="from" defaultValue={from.id} className={selectClass}>
            {attempts.map((a) => (
              <option key={a.id} value={a.id}>
                Attempt {a.attempt} ({a.auto ? a.auto.overall : "not scored"})
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="diff-to" className="text-sm font-medium">
            with
          </label>
          <select id="diff-to" name="to" defaultValue={to.id} className={selectClass}>
            {attempts.map((a) => (
              <option key={a.id} value={a.id}>
                Attempt {a.attempt} ({a.auto ? a.auto.overall : "not scored"})
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="inline-flex h-9 items-center rounded-md border border-input bg-background px-4 text-sm font-medium shadow-xs hover:bg-accent"
        >
          Show changes
        </button>
      </Form>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
        <span>
          <ins className="rounded-sm bg-success/15 px-0.5 text-foreground underline decoration-success decoration-2">
            added text
          </ins>{" "}
          is underlined,{" "}
          <del className="rounded-sm bg-destructive/10 px-0.5 text-foreground line-through decoration-destructive decoration-2">
            removed text
          </del>{" "}
          is struck through.
        </span>
        {changes && from.id !== to.id ? (
          <span data-testid="diff-summary">
            {pluralize(added, "word")} added, {pluralize(removed, "word")} removed
          </span>
        ) : null}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: the diff is a region of prose, not a page section. */}
      <div
        role="region"
        aria-label={`Changes from attempt ${from.attempt} to attempt ${to.attempt}`}
        className="rounded-xl border bg-card p-4 text-[15px] leading-7 whitespace-pre-wrap break-words sm:p-6"
      >
        {from.id === to.id ? (
          <p className="text-sm text-muted-foreground">
            Pick two different attempts to see what changed.
          </p>
        ) : changes === undefined ? (
          <p className="text-sm text-muted-foreground">
            These two attempts differ too much to compare word by word.
          </p>
        ) : (
          keyed(changes).map(({ key, change }) => <DiffPiece key={key} change={change} />)
        )}
      </div>
    </div>
  );
}

/** Keys from each piece's kind and offset in the diff: unique and stable for a given pair. */
function keyed(changes: readonly Change[]) {
  let offset = 0;
  return changes.map((change) => {
    const key = `${change.added ? "a" : change.removed ? "r" : "s"}${offset}`;
    offset += change.value.length;
    return { key, change };
  });
}

function DiffPiece({ change }: { change: Change }) {
  if (change.added) {
    return (
      <ins className="rounded-sm bg-success/15 text-foreground underline decoration-success decoration-2 underline-offset-4">
        <span className="sr-only">[added: </span>
        {change.value}
        <span className="sr-only">]</span>
      </ins>
    );
  }
  if (change.removed) {
    return (
      <del className="rounded-sm bg-destructive/10 text-foreground line-through decoration-destructive decoration-2">
        <span className="sr-only">[removed: </span>
        {change.value}
        <span className="sr-only">]</span>
      </del>
    );
  }
  return <span>{change.value}</span>;
}
