import { scoreAnswer } from "../score-answer.ts";
import type { ScoredResult, ScoreInput } from "../types.ts";

/** Scores an answer a test knows to be scorable; fails loudly if the engine refuses it. */
export function scored(input: ScoreInput): ScoredResult {
  const result = scoreAnswer(input);
  if (result.status !== "scored") {
    throw new Error(`expected a score, got unscorable (${result.reason}): ${result.message}`);
  }
  return result;
}
