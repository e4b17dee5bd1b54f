import { type DimensionKey, dimensionKeys, type FlagKey, type QuestionKind } from "../rubric.ts";
import { type FeatureName, featureNames, kindFeatures } from "./features.ts";
import { classProbabilities, fitOrdinal, linearPredictor, type OrdinalModel } from "./ordinal.ts";

// Which features may move which score. The lists are domain knowledge (RUBRIC.md's description
// of each dimension), not fitted: a dimension can only be explained by what it is about, and a
// small list per dimension generalises better from ~150 labelled answers than every feature.
const kind = kindFeatures;
export const dimensionFeatures: Record<DimensionKey, readonly FeatureName[]> = {
  structure: [
    ...kind,
    "beats_anchored",
    "anchored_share",
    "abstract_rate",
    "beats_share",
    "beats_order",
    "is_framed",
    "wrong_shape",
    "label_share",
    "verbless_share",
    "items_answered",
    "short_of_ideal",
    "outside_range",
    "causal_share",
    "i_verb_share",
    "generic_motivation",
    "unbacked_buzzwords",
  ],
  ownership: [
    ...kind,
    "abstract_rate",
    "anchored_share",
    "i_rate",
    "we_rate",
    "i_verb_share",
    "we_verb_share",
    "reasoning_share",
    "distinct_i_verbs",
    "concrete_actions",
    "managerial_actions",
    "delegated_actions",
    "team_actions",
    "other_actions",
    "passive_clauses",
    "disclaimers",
    "label_share",
    "unbacked_buzzwords",
    "generic_motivation",
  ],
  specificity: [
    ...kind,
    "tied_measures",
    "untied_share",
    "numbers_total",
    "anchored_share",
    "abstract_rate",
    "evasions",
    "measured_weight",
    "measured_sentences",
    "effort_counts",
    "vague_scale",
    "verbal_quantities",
    "items_concrete",
    "proper_nouns",
    "components",
    "label_share",
    "unbacked_buzzwords",
  ],
  depth: [
    ...kind,
    "technologies",
    "anchored_share",
    "abstract_rate",
    "components",
    "mechanisms",
    "technical_share",
    "causal_share",
    "noun_rate",
    "proper_nouns",
    "content_diversity",
    "unbacked_buzzwords",
    "buzz_density",
    "label_share",
    "verbless_share",
    "log_words",
    "generic_motivation",
  ],
  tradeoffs: [
    ...kind,
    "anchored_share",
    "abstract_rate",
    "alternatives",
    "decisions",
    "costs",
    "mitigations",
    "causal_share",
    "label_share",
  ],
  impact: [
    ...kind,
    "tied_measures",
    "untied_share",
    "anchored_share",
    "abstract_rate",
    "measured_outcomes",
    "baseline_outcomes",
    "vague_outcomes",
    "status_outcomes",
    "has_result",
    "measured_weight",
    "verbal_quantities",
    "effort_counts",
    "label_share",
  ],
  reflection: [
    ...kind,
    "anchored_share",
    "abstract_rate",
    "lessons",
    "changes",
    "preventions",
    "concrete_reflection",
    "generic_reflection",
    "label_share",
    "causal_share",
  ],
  delivery: [
    ...kind,
    "evasions",
    "abstract_rate",
    "anchored_share",
    "short_of_ideal",
    "long_of_ideal",
    "outside_range",
    "hedge_density",
    "tangents",
    "filler_rate",
    "unbacked_buzzwords",
    "buzz_density",
    "vague_scale",
    "effort_counts",
    "deflections",
    "cliches",
    "mission_mentions",
    "role_ties",
    "generic_motivation",
    "wrong_shape",
    "is_framed_early",
    "label_share",
    "verbless_share",
    "sentence_length",
  ],
};

/** Flags the model decides; the length flags are set exactly by the word count. */
export const modelledFlags = [
  "no_spine",
  "hidden_ownership",
  "vague_scale",
  "no_result",
  "generic_motivation",
  "buzzword_stuffing",
] as const satisfies readonly FlagKey[];
export type ModelledFlag = (typeof modelledFlags)[number];

/** The kinds each flag can apply to (RUBRIC.md): outside them the flag is never set. */
export const flagKinds: Record<ModelledFlag, readonly QuestionKind[]> = {
  no_spine: ["deep_dive", "debugging", "cross_functional", "conflict"],
  hidden_ownership: ["deep_dive", "debugging", "cross_functional", "conflict"],
  vague_scale: ["deep_dive", "debugging", "cross_functional", "conflict", "intro", "motivation"],
  no_result: ["deep_dive", "debugging", "cross_functional", "conflict", "intro"],
  generic_motivation: ["motivation"],
  buzzword_stuffing: [
    "deep_dive",
    "debugging",
    "cross_functional",
    "conflict",
    "intro",
    "motivation",
  ],
};

export const flagFeatures: Record<ModelledFlag, readonly FeatureName[]> = {
  no_spine: [
    "technologies",
    "anchored_share",
    "abstract_rate",
    "components",
    "mechanisms",
    "technical_share",
    "measured_weight",
    "causal_share",
    "noun_rate",
    "proper_nouns",
    "unbacked_buzzwords",
  ],
  hidden_ownership: [
    "i_rate",
    "we_rate",
    "i_verb_share",
    "we_verb_share",
    "concrete_actions",
    "managerial_actions",
    "delegated_actions",
    "team_actions",
    "other_actions",
    "disclaimers",
  ],
  vague_scale: ["vague_scale", "measured_weight", "measured_sentences", "verbal_quantities"],
  no_result: [
    "measured_outcomes",
    "baseline_outcomes",
    "vague_outcomes",
    "status_outcomes",
    "has_result",
    "verbal_quantities",
  ],
  generic_motivation: ["mission_mentions", "role_ties", "cliches", "components", "measured_weight"],
  buzzword_stuffing: ["unbacked_buzzwords", "buzz_density", "components", "measured_weight"],
};

/** One dimension's fitted model: an ordinal regression over its feature list. */
export interface DimensionModel {
  features: readonly FeatureName[];
  model: OrdinalModel;
}

/**
 * One flag's fitted model: a logistic regression over its features plus the linear score of the
 * dimension it belongs to (a flag is that dimension's failure named), and the probability above
 * which it is set.
 */
export interface FlagModel {
  features: readonly FeatureName[];
  dimension: DimensionKey;
  model: OrdinalModel;
  threshold: number;
}

/** The dimension whose failure each flag names. */
export const flagDimension: Record<ModelledFlag, DimensionKey> = {
  no_spine: "depth",
  hidden_ownership: "ownership",
  vague_scale: "specificity",
  no_result: "impact",
  generic_motivation: "delivery",
  buzzword_stuffing: "delivery",
};

export interface FittedModel {
  dimensions: Record<DimensionKey, DimensionModel>;
  flags: Record<ModelledFlag, FlagModel>;
}

/** One labelled answer, reduced to what the fit needs. */
export interface TrainingRow {
  kind: QuestionKind;
  features: Float64Array;
  dimensions: Record<DimensionKey, number>;
  flags: readonly string[];
}

export interface FitOptions {
  /** L2 penalty per dimension (and one for the flags). */
  dimensionLambda: Record<DimensionKey, number>;
  flagLambda: number;
}

const featurePosition = new Map<string, number>(featureNames.map((name, i) => [name, i]));

/** The sub-vector of `features` a model reads, in its feature order. */
export function selectFeatures(
  features: ArrayLike<number>,
  names: readonly FeatureName[],
): number[] {
  return names.map((name) => features[featurePosition.get(name) ?? -1] ?? 0);
}

/** Fits every dimension and flag model on the given rows. Deterministic. */
export function fitModel(rows: readonly TrainingRow[], options: FitOptions): FittedModel {
  const dimensions = {} as Record<DimensionKey, DimensionModel>;
  for (const key of dimensionKeys) {
    dimensions[key] = fitDimension(rows, key, options.dimensionLambda[key]);
  }
  const flags = {} as Record<ModelledFlag, FlagModel>;
  for (const flag of modelledFlags) {
    flags[flag] = fitFlag(rows, flag, options.flagLambda, dimensions[flagDimension[flag]]);
  }
  return { dimensions, flags };
}

/** Fits one dimension's ordinal model. */
export function fitDimension(
  rows: readonly TrainingRow[],
  key: DimensionKey,
  lambda: number,
): DimensionModel {
  const features = dimensionFeatures[key];
  const model = fitOrdinal(
    rows.map((row) => selectFeatures(row.features, features)),
    rows.map((row) => row.dimensions[key]),
    { classes: 5, lambda },
  );
  return { features, model };
}

/** Fits one flag's logistic model on the kinds it applies to; the threshold maximises F1. */
export function fitFlag(
  rows: readonly TrainingRow[],
  flag: ModelledFlag,
  lambda: number,
  dimensionModel: DimensionModel,
): FlagModel {
  const features = flagFeatures[flag];
  const kinds = new Set<QuestionKind>(flagKinds[flag]);
  const eligible = rows.filter((row) => kinds.has(row.kind));
  const x = eligible.map((row) => flagInputs(features, dimensionModel, row.features));
  const y = eligible.map((row) => (row.flags.includes(flag) ? 1 : 0));
  const model = fitOrdinal(x, y, { classes: 2, lambda });
  // Pick the probability cut that maximises F1 on the training rows, from a coarse grid so one
  // answer cannot place it exactly.
  const probabilities = x.map((row) => classProbabilities(model, row)[1] ?? 0);
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probabilities.forEach((p, i) => {
      const isSet = p >= threshold;
      if (isSet && y[i] === 1) tp += 1;
      else if (isSet) fp += 1;
      else if (y[i] === 1) fn += 1;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { threshold, f1 };
  }
  return { features, dimension: flagDimension[flag], model, threshold: best.threshold };
}

function flagInputs(
  features: readonly FeatureName[],
  dimensionModel: DimensionModel,
  vector: ArrayLike<number>,
): number[] {
  return [
    ...selectFeatures(vector, features),
    linearPredictor(dimensionModel.model, selectFeatures(vector, dimensionModel.features)),
  ];
}

/** A dimension's score: the class whose cumulative probability first passes one half. */
export function predictDimension(model: DimensionModel, features: ArrayLike<number>): number {
  const probabilities = classProbabilities(model.model, selectFeatures(features, model.features));
  let cumulative = 0;
  for (let c = 0; c < probabilities.length; c += 1) {
    cumulative += probabilities[c] ?? 0;
    if (cumulative >= 0.5) return c;
  }
  return probabilities.length - 1;
}

/** The probability that a flag applies, given the fitted model of its dimension. */
export function flagProbability(
  model: FlagModel,
  dimensionModel: DimensionModel,
  features: ArrayLike<number>,
): number {
  return (
    classProbabilities(model.model, flagInputs(model.features, dimensionModel, features))[1] ?? 0
  );
}

/**
 * How much each feature pushed a dimension up (positive) or down, in the model's own units
 * (standardised value × weight), largest first. The score card's explanations start here.
 */
export function featureContributions(
  model: DimensionModel,
  features: ArrayLike<number>,
): { feature: FeatureName; contribution: number }[] {
  const x = selectFeatures(features, model.features);
  return model.features
    .map((feature, j) => ({
      feature,
      contribution:
        ((model.model.weights[j] ?? 0) * ((x[j] ?? 0) - (model.model.means[j] ?? 0))) /
        (model.model.scales[j] ?? 1),
    }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}
