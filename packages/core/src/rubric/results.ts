// The engine's result types, shared by everything that reads a score.
import type { DimensionKey, FlagKey } from "./keys.ts";

/** Why a span of the answer moved a dimension up or down. */
export interface Evidence {
  /** Character offset of the first character, inclusive (UTF-16 code units, as String#slice). */
  start: number;
  /** Character offset after the last character, exclusive. */
  end: number;
  dimension: DimensionKey;
  effect: "supports" | "hurts";
  /** Machine tag, e.g. "quantified_claim", "first_person_action", "hedge". */
  tag: string;
  /** One short sentence for the candidate: why this span counts. */
  note: string;
}

export interface AnswerStats {
  words: number;
  sentences: number;
  /** Estimated speaking time at about 150 words per minute. */
  speakingSeconds: number;
  firstPersonSingular: number;
  firstPersonPlural: number;
}

/** A scored answer: the rubric's dimensions and overall, with what moved them. */
export interface ScoredResult {
  status: "scored";
  overall: number;
  dimensions: Record<DimensionKey, number>;
  flags: FlagKey[];
  evidence: Evidence[];
  suggestions: string[];
  stats: AnswerStats;
  version: string;
}
