"use client";

import { Badge, DimensionBars, OverallScore } from "@debrief/ui";
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
      {score ? (
        <>
          <OverallScore score={score.overall} label="Preview" size="sm" />
          <DimensionBars
            descriptions="hidden"
            seriesLabel="Preview"
            dimensions={labels.dimensions.map((d) => ({
              key: d.key,
              label: d.label,
              weight: d.weight,
              score: score.dimensions[d.key] ?? 0,
            }))}
            className="text-sm"
          />
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
