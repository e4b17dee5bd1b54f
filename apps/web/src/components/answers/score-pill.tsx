import { cn, getScoreBand } from "@debrief/ui";

/** An overall score with its band in words ("72 · Solid"), so colour is never the only cue. */
export function ScorePill({
  score,
  label,
  nullLabel = "Not scored yet",
  className,
}: {
  score: number | null;
  /** What a null score reads as: "Not scored yet" (nothing submitted) or "Not scored" (unscorable). */
  nullLabel?: string;
  /** Prefix read before the number, e.g. "Best". */
  label?: string;
  className?: string;
}) {
  if (score === null) {
    return <span className={cn("text-sm text-muted-foreground", className)}>{nullLabel}</span>;
  }
  const band = getScoreBand(score);
  return (
    <span
      data-band={band.key}
      className={cn(
        "inline-flex items-baseline gap-1.5 whitespace-nowrap rounded-md border px-2 py-0.5 text-xs",
        className,
      )}
    >
      {label ? <span className="text-muted-foreground">{label}</span> : null}
      <span className="text-sm font-semibold tabular-nums">{score}</span>
      <span className="text-muted-foreground">· {band.label}</span>
    </span>
  );
}
