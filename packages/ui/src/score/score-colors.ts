// Literal class names (not built from strings) so Tailwind's scanner finds them.
export const SCORE_BG = [
  "bg-score-0",
  "bg-score-1",
  "bg-score-2",
  "bg-score-3",
  "bg-score-4",
] as const;
export const SCORE_STROKE = [
  "stroke-score-0",
  "stroke-score-1",
  "stroke-score-2",
  "stroke-score-3",
  "stroke-score-4",
] as const;
