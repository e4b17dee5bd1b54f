import { type DimensionKey, dimensionInfo, dimensionKeys } from "@debrief/core/rubric";
import { cn } from "@debrief/ui";
import { ArrowDownIcon, ArrowUpIcon } from "lucide-react";
import type { ScoredAttempt } from "./types";

/**
 * What changed between consecutive scored attempts (unscorable ones have no dimensions), newest first: "Impact 1 → 3" per dimension that
 * moved, each marked up or down by an arrow and a word, never by colour alone.
 */
export function DimensionDeltas({ attempts }: { attempts: ScoredAttempt[] }) {
  const pairs = attempts.slice(1).map((after, i) => ({ before: attempts[i], after }));
  return (
    <ol className="flex flex-col gap-4">
      {pairs
        .reverse()
        .map(({ before, after }) =>
          before ? <DeltaCard key={after.id} before={before} after={after} /> : null,
        )}
    </ol>
  );
}

function DeltaCard({ before, after }: { before: ScoredAttempt; after: ScoredAttempt }) {
  const moved = dimensionKeys.filter((k) => after.auto.dimensions[k] !== before.auto.dimensions[k]);
  const still = dimensionKeys.filter((k) => after.auto.dimensions[k] === before.auto.dimensions[k]);
  const overallDelta = after.auto.overall - before.auto.overall;
  const headingId = `delta-${after.id}`;
  return (
    <li aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          Attempt {before.attempt} → {after.attempt}
        </h3>
        <p className="text-sm tabular-nums">
          Overall {before.auto.overall} → {after.auto.overall} <Change delta={overallDelta} />
        </p>
      </div>
      {moved.length > 0 ? (
        <ul
          className="grid max-w-2xl gap-x-10 gap-y-1.5 sm:grid-cols-2"
          data-testid="dimension-deltas"
        >
          {moved.map((key) => (
            <DeltaRow
              key={key}
              dimension={key}
              from={before.auto.dimensions[key]}
              to={after.auto.dimensions[key]}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No dimension moved.</p>
      )}
      {still.length > 0 && moved.length > 0 ? (
        <p className="text-xs text-muted-foreground">
          Unchanged: {still.map((k) => dimensionInfo[k].label).join(", ")}
        </p>
      ) : null}
    </li>
  );
}

function DeltaRow({ dimension, from, to }: { dimension: DimensionKey; from: number; to: number }) {
  return (
    <li className="flex items-center justify-between gap-3 text-sm">
      <span>
        {dimensionInfo[dimension].label}{" "}
        <span className="tabular-nums">
          {from} → {to}
        </span>
      </span>
      <Change delta={to - from} />
    </li>
  );
}

function Change({ delta }: { delta: number }) {
  if (delta === 0) return <span className="text-xs text-muted-foreground">no change</span>;
  const isUp = delta > 0;
  const Icon = isUp ? ArrowUpIcon : ArrowDownIcon;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-0.5 text-xs font-medium tabular-nums",
        isUp ? "text-success" : "text-destructive",
      )}
    >
      <Icon aria-hidden className="size-3.5" />
      {isUp ? "up" : "down"} {Math.abs(delta)}
    </span>
  );
}
