// The rubric as data: question kinds, dimensions, weights, flags, labels, length ranges and
// `computeOverall`. Published alone as `@debrief/core/rubric` so the database, the UI and the
// browser can import it as values without loading the NLP engine; it and the files in
// `rubric/` import nothing else. It is split by concern so that a browser page that needs only
// `computeOverall` (the grading panel) does not also ship every label and description: the
// package is marked side-effect free, so the bundler drops the files a page does not use.

export {
  type DimensionKey,
  dimensionKeys,
  type FlagKey,
  flagKeys,
  isQuestionKind,
  type QuestionKind,
  questionKinds,
} from "./rubric/keys.ts";
export {
  type DimensionInfo,
  dimensionInfo,
  type FlagInfo,
  flagInfo,
  kindLabels,
} from "./rubric/labels.ts";
export {
  idealWordRanges,
  lengthRanges,
  targetSpokenSeconds,
  type WordRange,
  wordsPerMinute,
} from "./rubric/lengths.ts";
export { weightedOverall } from "./rubric/overall.ts";
export type { AnswerStats, Evidence, ScoredResult } from "./rubric/results.ts";
export { computeOverall, dimensionWeights } from "./rubric/weights.ts";
