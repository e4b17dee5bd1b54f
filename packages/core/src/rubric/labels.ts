// What the product calls each kind, dimension and flag, and what it means to a candidate.
import type { DimensionKey, FlagKey, QuestionKind } from "./keys.ts";

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
