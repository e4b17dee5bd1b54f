// The rubric as data: question kinds, dimensions, weights, flags, labels, length ranges and
// `computeOverall`. Published alone as `@debrief/core/rubric` so the database, the UI and the
// browser can import it as values without loading the NLP engine; it imports nothing.

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

/** Weight of each dimension in `overall`, per kind; every row sums to 100 (docs/rubric.md). */
export const dimensionWeights: Record<QuestionKind, Record<DimensionKey, number>> = {
  deep_dive: {
    structure: 15,
    ownership: 15,
    specificity: 15,
    depth: 20,
    tradeoffs: 15,
    impact: 10,
    reflection: 5,
    delivery: 5,
  },
  debugging: {
    structure: 20,
    ownership: 10,
    specificity: 15,
    depth: 20,
    tradeoffs: 5,
    impact: 10,
    reflection: 15,
    delivery: 5,
  },
  cross_functional: {
    structure: 15,
    ownership: 20,
    specificity: 10,
    depth: 15,
    tradeoffs: 15,
    impact: 10,
    reflection: 5,
    delivery: 10,
  },
  conflict: {
    structure: 20,
    ownership: 15,
    specificity: 10,
    depth: 10,
    tradeoffs: 15,
    impact: 10,
    reflection: 10,
    delivery: 10,
  },
  intro: {
    structure: 20,
    ownership: 15,
    specificity: 20,
    depth: 10,
    tradeoffs: 0,
    impact: 15,
    reflection: 0,
    delivery: 20,
  },
  motivation: {
    structure: 15,
    ownership: 10,
    specificity: 20,
    depth: 20,
    tradeoffs: 0,
    impact: 10,
    reflection: 5,
    delivery: 20,
  },
  logistics: {
    structure: 20,
    ownership: 0,
    specificity: 35,
    depth: 0,
    tradeoffs: 0,
    impact: 0,
    reflection: 0,
    delivery: 45,
  },
};

export const kindLabels: Record<QuestionKind, string> = {
  deep_dive: "Project deep dive",
  debugging: "Debugging story",
  cross_functional: "Cross-functional alignment",
  conflict: "Technical disagreement",
  intro: "Tell me about yourself",
  motivation: "Why this role",
  logistics: "Logistics",
};

export interface DimensionInfo {
  label: string;
  description: string;
}

export const dimensionInfo: Record<DimensionKey, DimensionInfo> = {
  structure: {
    label: "Structure",
    description: "Follows the arc this kind of question expects, in order, framed up front.",
  },
  ownership: {
    label: "Ownership",
    description: 'Says what you personally did with concrete verbs; keeps "we" for team results.',
  },
  specificity: {
    label: "Specificity",
    description: "Backs claims with numbers and units instead of scale adjectives.",
  },
  depth: {
    label: "Technical depth",
    description: "Names the system's parts and explains the mechanisms that made it work.",
  },
  tradeoffs: {
    label: "Tradeoffs",
    description: "Names the alternatives, why you chose, what it cost and how you softened it.",
  },
  impact: {
    label: "Impact",
    description: "States a measured outcome against a baseline and ties it to the decision.",
  },
  reflection: {
    label: "Reflection",
    description: "Draws a concrete lesson, what you would change, and how it was prevented.",
  },
  delivery: {
    label: "Delivery",
    description: "Fits the length and audience of the question, without hedging or filler.",
  },
};

export interface FlagInfo {
  label: string;
  description: string;
}

export const flagInfo: Record<FlagKey, FlagInfo> = {
  no_spine: {
    label: "No technical spine",
    description: "A polished story with no system, mechanism or number an engineer could assess.",
  },
  hidden_ownership: {
    label: "Hidden ownership",
    description: 'Your own part is unclear: every decision is "we", or others did the work.',
  },
  vague_scale: {
    label: "Vague scale",
    description: 'Scale words such as "huge" or "a lot faster" stand in for numbers.',
  },
  no_result: {
    label: "No result",
    description: "The answer never says what changed because of the work.",
  },
  generic_motivation: {
    label: "Generic motivation",
    description:
      "Enthusiasm for the mission or culture, nothing about the engineering in the role.",
  },
  buzzword_stuffing: {
    label: "Buzzword stuffing",
    description: "Reliability vocabulary with no system, incident or number behind it.",
  },
  over_length: {
    label: "Too long",
    description: "Longer than this kind of answer should be.",
  },
  under_length: {
    label: "Too short",
    description: "Shorter than this kind of answer needs to be.",
  },
};

export interface WordRange {
  min: number;
  max: number;
}

/** Allowed word counts per kind: outside them the length flags are set (docs/rubric.md). */
export const lengthRanges: Record<QuestionKind, WordRange> = {
  deep_dive: { min: 150, max: 600 },
  debugging: { min: 150, max: 600 },
  cross_functional: { min: 120, max: 550 },
  conflict: { min: 120, max: 550 },
  intro: { min: 60, max: 260 },
  motivation: { min: 60, max: 260 },
  logistics: { min: 60, max: 260 },
};

/**
 * The comfortable band inside the allowed range, in words. Delivery loses a point outside it:
 * an intro of 250 words is allowed but long for 60–90 seconds of speech.
 */
export const idealWordRanges: Record<QuestionKind, WordRange> = {
  deep_dive: { min: 250, max: 480 },
  debugging: { min: 200, max: 450 },
  cross_functional: { min: 170, max: 420 },
  conflict: { min: 170, max: 420 },
  intro: { min: 130, max: 230 },
  motivation: { min: 100, max: 230 },
  logistics: { min: 60, max: 180 },
};

/** Target spoken length in seconds, at about 150 words a minute. */
export const targetSpokenSeconds: Record<QuestionKind, { min: number; max: number }> = {
  deep_dive: { min: 120, max: 180 },
  debugging: { min: 90, max: 180 },
  cross_functional: { min: 75, max: 165 },
  conflict: { min: 75, max: 165 },
  intro: { min: 60, max: 90 },
  motivation: { min: 45, max: 90 },
  logistics: { min: 25, max: 70 },
};

/** Words per minute used for spoken-time estimates. */
export const wordsPerMinute = 150;

/** True when a string is one of the rubric's question kinds. */
export function isQuestionKind(value: unknown): value is QuestionKind {
  return typeof value === "string" && (questionKinds as readonly string[]).includes(value);
}

/** overall = round(Σ weight × score / 4), halves up as Math.round (docs/rubric.md). */
export function computeOverall(
  kind: QuestionKind,
  dimensions: Record<DimensionKey, number>,
): number {
  const weights = dimensionWeights[kind];
  let sum = 0;
  for (const key of dimensionKeys) sum += weights[key] * dimensions[key];
  return Math.round(sum / 4);
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
