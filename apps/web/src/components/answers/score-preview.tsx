"use client";

import { Badge, cn, OverallScore } from "@debrief/ui";
import type { PreviewState } from "./use-score-preview";

export interface PreviewLabels {
  dimensions: { key: string; label: string; weight: number }[];
  flags: Record<string, string>;
}

/** Compact live score while typing. Clearly a preview: the submitted answer is scored on the server. */
export function ScorePreview({ state, labels }: { state: PreviewState; labels: PreviewLabels }) {
  const score = state.kind === "ready" ? state.score : state.kind === "loading" ? state.last : null;
  return (
    <section
      aria-labelledby="preview-heading"
      aria-busy={state.kind === "loading"}
      className="flex flex-col gap-4 rounded-xl border bg-card p-4"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="preview-heading" className="text-sm font-semibold">
          Preview
        </h2>
        <Badge variant="outline">Live estimate</Badge>
      </div>
      {score && "unscorable" in score ? (
        <p role="status" className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          <span className="font-medium">No score yet. </span>
          {score.unscorable}
        </p>
      ) : score ? (
        <>
          <OverallScore score={score.overall} label="Preview" size="sm" />
          <PreviewBars dimensions={labels.dimensions} scores={score.dimensions} />
          {score.flags.length > 0 ? (
            <div className="flex flex-col gap-1.5">
              <h3 className="text-xs font-medium text-muted-foreground">Pitfalls so far</h3>
              <ul className="flex flex-wrap gap-1.5">
                {score.flags.map((flag) => (
                  <li key={flag}>
                    <Badge variant="warning">{labels.flags[flag] ?? flag}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-muted-foreground">
          {state.kind === "failed"
            ? "The preview could not load. Your answer is still scored when you submit."
            : state.kind === "loading"
              ? "Scoring…"
              : "Start writing to see a live estimate of your score."}
        </p>
      )}
      <p className="text-xs text-muted-foreground">
        An estimate as you type. Submitting scores the answer for the record.
      </p>
    </section>
  );
}

// Literal class names so Tailwind's scanner finds them.
const segmentColour = ["bg-score-0", "bg-score-1", "bg-score-2", "bg-score-3", "bg-score-4"];

/**
 * The eight dimensions in a column narrow enough for the editor's side panel (ui's DimensionBars
 * lays out for the page width). Each bar is a meter with "n of 4" and the number is printed.
 */
function PreviewBars({
  dimensions,
  scores,
}: {
  dimensions: PreviewLabels["dimensions"];
  scores: Record<string, number>;
}) {
  return (
    <ul className="flex flex-col gap-2">
      {dimensions.map((d) => {
        const value = Math.min(4, Math.max(0, Math.round(scores[d.key] ?? 0)));
        const isUncounted = d.weight === 0;
        return (
          <li
            key={d.key}
            className={cn(
              "grid grid-cols-[7.5rem_1fr_2rem] items-center gap-2 text-xs",
              isUncounted && "opacity-60",
            )}
          >
            <span
              className="truncate"
              title={isUncounted ? "Not weighted for this question" : `Weight ${d.weight}%`}
            >
              {d.label}
            </span>
            {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot show five discrete segments. */}
            <span
              role="meter"
              aria-label={d.label}
              aria-valuemin={0}
              aria-valuemax={4}
              aria-valuenow={value}
              aria-valuetext={`${value} of 4${isUncounted ? ", not weighted for this question" : ""}`}
              className="grid grid-cols-5 gap-0.5"
            >
              {[0, 1, 2, 3, 4].map((level) => (
                <span
                  key={level}
                  className={cn(
                    "h-1.5 rounded-[2px] bg-score-track",
                    level <= value && segmentColour[value],
                  )}
                />
              ))}
            </span>
            <span aria-hidden className="text-right tabular-nums">
              <span className="font-semibold">{value}</span>
              <span className="text-muted-foreground">/4</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
