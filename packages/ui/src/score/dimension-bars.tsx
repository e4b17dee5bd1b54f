"use client";

import { InfoIcon } from "lucide-react";
import { PersistentTooltip } from "../components/persistent-tooltip.tsx";
import { cn } from "../lib/cn.ts";
import { clampDimensionScore } from "./score-band.ts";
import { SCORE_BG } from "./score-colors.ts";

export interface DimensionBarRow {
  key: string;
  label: string;
  description?: string;
  /** 0–4 */
  score: number;
  /** Second series on the same scale (e.g. the coach's grade next to the engine's). */
  compareScore?: number | null;
  /** Weight in percent for the question kind; 0 means the dimension does not count. */
  weight?: number;
}

export interface DimensionBarsProps {
  dimensions: readonly DimensionBarRow[];
  /** Name of the main series; announced with each bar (default "Score"). */
  seriesLabel?: string;
  /** Name of the compare series (default "Compare"). */
  compareLabel?: string;
  /** Where descriptions go: an info tooltip (default), a line under the label, or nowhere. */
  descriptions?: "tooltip" | "inline" | "hidden";
  className?: string;
}

function SegmentBar({
  score,
  label,
  tone,
  thin = false,
}: {
  score: number;
  label: string;
  tone: "score" | "neutral";
  thin?: boolean;
}) {
  const value = clampDimensionScore(score);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot show five discrete segments.
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={4}
      aria-valuenow={value}
      aria-valuetext={`${value} of 4`}
      className="grid flex-1 grid-cols-5 gap-1"
    >
      {[0, 1, 2, 3, 4].map((level) => (
        <span
          key={level}
          data-filled={level <= value ? "true" : undefined}
          className={cn(
            "rounded-[3px] bg-score-track",
            thin ? "h-1.5" : "h-2.5",
            level <= value && (tone === "score" ? SCORE_BG[value] : "bg-muted-foreground"),
          )}
        />
      ))}
    </div>
  );
}

/**
 * One row per dimension: label, a five-segment bar for the 0–4 scale (level 0 fills the first
 * segment, 4 fills all five) and the number. Each bar is role="meter" with "n of 4" as its
 * text, and the number is printed, so colour is never the only carrier of the value.
 */
export function DimensionBars({
  dimensions,
  seriesLabel = "Score",
  compareLabel = "Compare",
  descriptions = "tooltip",
  className,
}: DimensionBarsProps) {
  const hasCompare = dimensions.some((d) => d.compareScore != null);
  return (
    <div className={cn("flex flex-col gap-3", className)}>
      {hasCompare ? (
        <div aria-hidden className="flex items-center gap-4 text-xs text-muted-foreground">
          <span className="inline-flex items-center gap-1.5">
            <span className="h-2.5 w-4 rounded-[3px] bg-score-3" /> {seriesLabel}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="h-1.5 w-4 rounded-[3px] bg-muted-foreground" /> {compareLabel}
          </span>
        </div>
      ) : null}
      <ul className="flex flex-col gap-3.5">
        {dimensions.map((d) => {
          const score = clampDimensionScore(d.score);
          const compare = d.compareScore == null ? null : clampDimensionScore(d.compareScore);
          const isUncounted = d.weight === 0;
          const differs = compare !== null && compare !== score;
          return (
            <li
              key={d.key}
              data-dimension={d.key}
              className={cn(
                // Narrow screens: label and value share a row, the bars get the full width
                // below. From sm up: label | bars | value, with fixed outer columns so every
                // row's bars line up.
                "grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 sm:grid-cols-[minmax(7rem,10rem)_1fr_6.5rem]",
                isUncounted && "opacity-70",
              )}
            >
              <div className="flex min-w-0 flex-col">
                <span className="flex items-center gap-1 text-sm font-medium">
                  <span className="truncate">{d.label}</span>
                  {d.description && descriptions === "tooltip" ? (
                    <PersistentTooltip content={d.description}>
                      <button
                        type="button"
                        className="inline-flex size-5 shrink-0 items-center justify-center rounded text-muted-foreground hover:text-foreground [&_svg]:size-3.5"
                        aria-label={`About ${d.label}`}
                      >
                        <InfoIcon aria-hidden />
                      </button>
                    </PersistentTooltip>
                  ) : null}
                </span>
                {d.weight !== undefined ? (
                  <span className="text-xs text-muted-foreground">
                    {isUncounted ? "Not weighted for this question" : `Weight ${d.weight}%`}
                  </span>
                ) : null}
                {d.description && descriptions === "inline" ? (
                  <span className="text-xs text-muted-foreground">{d.description}</span>
                ) : null}
              </div>
              <div className="col-span-2 row-start-2 flex flex-col gap-1.5 sm:col-span-1 sm:col-start-2 sm:row-start-1">
                <SegmentBar
                  score={score}
                  tone="score"
                  label={hasCompare ? `${d.label}, ${seriesLabel}` : d.label}
                />
                {compare !== null ? (
                  <SegmentBar
                    score={compare}
                    tone="neutral"
                    thin
                    label={`${d.label}, ${compareLabel}`}
                  />
                ) : null}
              </div>
              <div
                className="col-start-2 row-start-1 flex flex-col items-end text-sm tabular-nums sm:col-start-3"
                aria-hidden
              >
                <span>
                  <span className="font-semibold">{score}</span>
                  <span className="text-muted-foreground">/4</span>
                </span>
                {compare !== null ? (
                  <span
                    className={cn(
                      "text-xs",
                      differs ? "font-semibold text-warning" : "text-muted-foreground",
                    )}
                    title={`${compareLabel}: ${compare} of 4`}
                  >
                    {compareLabel} {compare}
                    {differs ? ` (${compare > score ? "+" : "−"}${Math.abs(compare - score)})` : ""}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
