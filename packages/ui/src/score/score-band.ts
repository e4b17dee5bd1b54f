export type ScoreBandKey = "strong" | "solid" | "developing" | "needs_work";

export interface ScoreBand {
  key: ScoreBandKey;
  label: string;
}

/**
 * Verbal band for an overall score. Cut-offs sit on the rubric's meaning: 80+ is mostly 3s and
 * 4s, 60+ mostly 3s, 40+ mostly 2s.
 */
export function getScoreBand(overall: number): ScoreBand {
  if (overall >= 80) return { key: "strong", label: "Strong" };
  if (overall >= 60) return { key: "solid", label: "Solid" };
  if (overall >= 40) return { key: "developing", label: "Developing" };
  return { key: "needs_work", label: "Needs work" };
}

/** Clamps to an integer 0–4 so a bad value cannot draw a sixth segment or a negative bar. */
export function clampDimensionScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(4, Math.max(0, Math.round(score)));
}

/** Title-cased key, used only when the app gave no label. */
export function humanizeKey(key: string): string {
  const spaced = key.replace(/_/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** 95 → "1:35" */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
