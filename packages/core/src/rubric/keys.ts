// The rubric's vocabulary: question kinds, dimensions and flags.

export const questionKinds = [
  "deep_dive",
  "debugging",
  "cross_functional",
  "conflict",
  "intro",
  "motivation",
  "logistics",
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const dimensionKeys = [
  "structure",
  "ownership",
  "specificity",
  "depth",
  "tradeoffs",
  "impact",
  "reflection",
  "delivery",
] as const;
export type DimensionKey = (typeof dimensionKeys)[number];

export const flagKeys = [
  "no_spine",
  "hidden_ownership",
  "vague_scale",
  "no_result",
  "generic_motivation",
  "buzzword_stuffing",
  "over_length",
  "under_length",
] as const;
export type FlagKey = (typeof flagKeys)[number];

/** True when a string is one of the rubric's question kinds. */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === "string" && (questionKinds as readonly string[]).includes(value);
}
