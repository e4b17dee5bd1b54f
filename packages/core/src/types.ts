import type { UnscorableReason } from "./analysers/scorability.ts";
import type { AnswerStats, QuestionKind, ScoredResult } from "./rubric.ts";

// The scored shape is part of the rubric (`@debrief/core/rubric`); re-exported for the engine.
export type { AnswerStats, Evidence, ScoredResult } from "./rubric.ts";

/** Input to the engine: one written answer to one question. */
export interface ScoreInput {
  kind: QuestionKind;
  prompt: string;
  answer: string;
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
