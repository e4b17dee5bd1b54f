import { cn } from "../lib/cn.ts";
import { getScoreBand, type ScoreBandKey } from "./score-band.ts";
import { SCORE_STROKE } from "./score-colors.ts";

const BAND_STROKE: Record<ScoreBandKey, string> = {
  strong: SCORE_STROKE[4],
  solid: SCORE_STROKE[3],
  developing: SCORE_STROKE[2],
  needs_work: SCORE_STROKE[0],
};

export interface OverallScoreProps {
  /** 0–100 */
  score: number;
  /** What the number is, e.g. "Overall" or "Coach overall". */
  label?: string;
  /** Override the verbal band ("Strong", "Solid", "Developing", "Needs work"). */
  bandLabel?: string;
  size?: "sm" | "md";
  className?: string;
}

/** Ring gauge with the 0–100 number in the middle and the verbal band beside it. */
export function OverallScore({
  score,
  label = "Overall",
  bandLabel,
  size = "md",
  className,
}: OverallScoreProps) {
  const value = Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0;
  const band = getScoreBand(value);
  const shownBand = bandLabel ?? band.label;
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const dimension = size === "sm" ? "size-16" : "size-24";

  return (
    // biome-ignore lint/a11y/useSemanticElements: <meter> cannot be drawn as a ring; this is its ARIA equivalent.
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100, ${shownBand}`}
      data-band={band.key}
      className={cn("flex items-center gap-4", className)}
    >
      <div className={cn("relative shrink-0", dimension)}>
        <svg viewBox="0 0 100 100" aria-hidden className="size-full -rotate-90">
          <circle
            cx="50"
            cy="50"
            r={radius}
            fill="none"
            strokeWidth="8"
            className="stroke-score-track"
          />
          <circle
            cx="50"
            cy="50"
            r={radius}
            fill="none"
            strokeWidth="8"
            strokeLinecap="round"
            strokeDasharray={`${(value / 100) * circumference} ${circumference}`}
            className={cn(BAND_STROKE[band.key], "transition-[stroke-dasharray] duration-500")}
          />
        </svg>
        <span
          aria-hidden
          className={cn(
            "absolute inset-0 flex items-center justify-center font-semibold tabular-nums tracking-tight",
            size === "sm" ? "text-xl" : "text-3xl",
          )}
        >
          {value}
        </span>
      </div>
      <div aria-hidden className="flex flex-col gap-0.5">
        <span className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
          {label}
        </span>
        <span className={cn("font-semibold", size === "sm" ? "text-base" : "text-lg")}>
          {shownBand}
        </span>
        <span className="text-xs text-muted-foreground tabular-nums">{value} / 100</span>
      </div>
    </div>
  );
}
