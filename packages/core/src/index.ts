export { countWords } from "./analysers/context.ts";
export {
  computeOverall,
  dimensionInfo,
  dimensionKeys,
  dimensionWeights,
  flagInfo,
  flagKeys,
  idealWordRanges,
  isQuestionKind,
  kindLabels,
  lengthRanges,
  questionKinds,
  targetSpokenSeconds,
  wordsPerMinute,
} from "./rubric.ts";
export type {
  DimensionInfo,
  DimensionKey,
  FlagInfo,
  FlagKey,
  QuestionKind,
  WordRange,
} from "./rubric.ts";
export { scoreAnswer } from "./score-answer.ts";
export type { UnscorableReason } from "./analysers/scorability.ts";
export type {
  AnswerStats,
  Evidence,
  ScoredResult,
  ScoreInput,
  ScoreResult,
  UnscorableResult,
} from "./types.ts";
export { engineVersion } from "./version.ts";
