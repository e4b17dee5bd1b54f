import type { UnscorableReason } from "./analysers/scorability.ts";
import type { DimensionKey, FlagKey, QuestionKind } from "./rubric.ts";

/** Input to the engine: one written answer to one question. */
export interface ScoreInput {
  kind: QuestionKind;
  prompt: string;
  answer: string;
}

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

/** Text that is not an answer (another language, gibberish, the prompt pasted back, ...). */
export interface UnscorableResult {
  status: "unscorable";
  reason: UnscorableReason;
  /** One sentence for the candidate: what Debrief saw and what to do. */
  message: string;
  stats: AnswerStats;
  version: string;
}

/** What the engine says about one answer: a score, or why it cannot give one. */
export type ScoreResult = ScoredResult | UnscorableResult;
