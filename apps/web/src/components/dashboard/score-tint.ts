// Literal class names (not built from strings) so Tailwind's scanner finds them. A soft tint of
// the rubric colour keeps the number in the cell at full text contrast in both themes.
const tints = [
  "bg-score-0/30",
  "bg-score-1/30",
  "bg-score-2/30",
  "bg-score-3/30",
  "bg-score-4/30",
] as const;

/** Tint for a dimension level on the 0–4 rubric scale; none for a missing value. */
export function levelTint(level: number | null): string {
  if (level === null) return "";
  return tints[Math.min(4, Math.max(0, Math.round(level)))] ?? "";
}

/** Tint for an overall 0–100, on the same five bands as the dimension scale. */
export function overallTint(overall: number | null): string {
  return overall === null ? "" : levelTint(Math.min(4, Math.floor(overall / 20)));
}
