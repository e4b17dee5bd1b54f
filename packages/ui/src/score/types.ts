// Structural copies of the engine's output shape. ui must not import @debrief/core, so these
// mirror RUBRIC.md; TypeScript's structural typing lets core's ScoreResult flow in unchanged.

export type DimensionKey =
  | "structure"
  | "ownership"
  | "specificity"
  | "depth"
  | "tradeoffs"
  | "impact"
  | "reflection"
  | "delivery";

/** Rubric order, used when the caller gives no order of its own. */
export const DIMENSION_KEYS: readonly DimensionKey[] = [
  "structure",
  "ownership",
  "specificity",
  "depth",
  "tradeoffs",
  "impact",
  "reflection",
  "delivery",
];

export type EvidenceEffect = "supports" | "hurts";

/** A highlighted range: [start, end) in UTF-16 code units of the answer text. */
export interface Evidence {
  start: number;
  end: number;
  dimension: DimensionKey;
  effect: EvidenceEffect;
  tag: string;
  note: string;
}

export interface ScoreStats {
  words: number;
  sentences: number;
  speakingSeconds: number;
  firstPersonSingular: number;
  firstPersonPlural: number;
}

export interface ScoreResult {
  /** 0–100 */
  overall: number;
  /** 0–4 integers */
  dimensions: Record<DimensionKey, number>;
  flags: readonly string[];
  evidence: readonly Evidence[];
  suggestions: readonly string[];
  stats: ScoreStats;
  version: string;
}

/** Display words for a dimension; they come from the app (core's rubric), not from ui. */
export interface DimensionInfo {
  key: DimensionKey;
  label: string;
  description?: string;
}

/** A pitfall flag in plain words. */
export interface FlagInfo {
  key: string;
  label: string;
  description: string;
}

/** A coach comment anchored to [start, end) of the answer. */
export interface CommentRange {
  id: string;
  start: number;
  end: number;
  body: string;
  author?: string;
}
