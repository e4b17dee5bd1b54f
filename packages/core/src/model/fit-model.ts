import { type DimensionKey, dimensionKeys, type FlagKey, type QuestionKind } from "../rubric.ts";
import { type FeatureName, featureNames, kindFeatures } from "./features.ts";
import {
  classProbabilities,
  expectedClass,
  fitOrdinal,
  linearPredictor,
  type OrdinalModel,
} from "./ordinal.ts";

// Which features may move which score. The lists are domain knowledge (each dimension's
// description in docs/rubric.md), not fitted: a dimension can only be explained by what it is
// about, and a small list per dimension generalises better from ~150 labelled answers than every
// feature does.
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
    "is_hidden",
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
    "specific_parts",
    "specific_share",
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
    "verbal_baselines",
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

/** The kinds each flag can apply to (docs/rubric.md): outside them the flag is never set. */
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
    "specific_parts",
    "specific_share",
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
    "is_hidden",
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
  vague_scale: [
    "scale_over_numbers",
    "vague_scale",
    "measured_weight",
    "measured_sentences",
    "verbal_quantities",
  ],
  no_result: [
    "no_result_stated",
    "measured_outcomes",
    "baseline_outcomes",
    "vague_outcomes",
    "status_outcomes",
    "has_result",
    "verbal_quantities",
  ],
  generic_motivation: ["mission_mentions", "role_ties", "cliches", "components", "measured_weight"],
  buzzword_stuffing: [
    "is_stuffed",
    "unbacked_buzzwords",
    "buzz_density",
    "components",
    "measured_weight",
  ],
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
export type FlagModel =
  | { mode: "rule"; rule: FeatureName }
  /**
   * Set when the flag's dimension is at or below `floor` with probability at least `cut`: the
   * flag names that failure. A cut of one half is the dimension's own score at the floor.
   */
  | { mode: "floor"; dimension: DimensionKey; floor: number; cut: number }
  | {
      mode: "model";
      features: readonly FeatureName[];
      dimension: DimensionKey;
      model: OrdinalModel;
      threshold: number;
    };

/** The dimension whose failure each flag names. */
export const flagDimension: Record<ModelledFlag, DimensionKey> = {
  no_spine: "depth",
  hidden_ownership: "ownership",
  vague_scale: "specificity",
  no_result: "impact",
  generic_motivation: "delivery",
  buzzword_stuffing: "delivery",
};

/** The highest score a dimension keeps when a flag naming its failure is set. */
export const flaggedDimensionCeiling = 1;

/**
 * Two stages. The first predicts each dimension from its own features; the mean of those
 * predictions ("stage_quality") then joins every dimension's features in the second stage.
 * Labellers read an answer whole, and a strong answer in plain words shows its strength across
 * dimensions before any one lexicon catches it.
 */
export interface FittedModel {
  firstStage: Record<DimensionKey, DimensionModel>;
  dimensions: Record<DimensionKey, DimensionModel>;
  flags: Record<ModelledFlag, FlagModel>;
}

const stageQualityIndex = featureNames.indexOf("stage_quality");

/** The mean expected score over the eight dimensions, from the first-stage models. */
export function stageQuality(
  firstStage: Record<DimensionKey, DimensionModel>,
  features: ArrayLike<number>,
): number {
  let sum = 0;
  for (const key of dimensionKeys) {
    sum += expectedClass(firstStage[key].model, selectFeatures(features, firstStage[key].features));
  }
  return sum / dimensionKeys.length;
}

/** A copy of the feature vector with the first stage's quality filled in. */
export function withStageQuality(
  firstStage: Record<DimensionKey, DimensionModel>,
  features: ArrayLike<number>,
): Float64Array {
  const out = Float64Array.from(features as ArrayLike<number>);
  out[stageQualityIndex] = stageQuality(firstStage, features);
  return out;
}

/** One labelled answer, reduced to what the fit needs. */
export interface TrainingRow {
  kind: QuestionKind;
  features: Float64Array;
  dimensions: Record<DimensionKey, number>;
  flags: readonly string[];
}

export interface FitOptions {
  /** L2 penalty per dimension. */
  dimensionLambda: Record<DimensionKey, number>;
  /**
   * Per dimension, the factor the second-stage linear predictor is stretched by. The penalty
   * pulls every answer towards the middle of the scale, which scores strong answers too low and
   * weak ones too high; cross-validation picks how much of that pull to undo (1 = none).
   */
  dimensionStretch: Record<DimensionKey, number>;
  /** Per flag: the rule alone, or the fitted model with its L2 penalty and probability cut. */
  flags: Record<ModelledFlag, FlagOption>;
}

export type FlagOption =
  | { mode: "rule" }
  | { mode: "floor"; floor: number; cut: number }
  | { mode: "model"; lambda: number; threshold: number };

/**
 * Each flag's analyser rule: a yes/no feature that names the failure directly. Where the
 * labelled answers are too few to fit a better boundary (cross-validation decides), the rule
 * alone sets the flag.
 */
export const flagRules: Record<ModelledFlag, FeatureName> = {
  no_spine: "lacks_spine",
  hidden_ownership: "is_hidden",
  vague_scale: "scale_over_numbers",
  no_result: "no_result_stated",
  generic_motivation: "generic_motivation",
  buzzword_stuffing: "is_stuffed",
};

/** Probability cuts tried for a flag: a coarse grid, so no single answer places the cut. */
export const thresholdGrid = [0.3, 0.4, 0.5] as const;

const featurePosition = new Map<string, number>(featureNames.map((name, i) => [name, i]));

/** The sub-vector of `features` a model reads, in its feature order. */
export function selectFeatures(
  features: ArrayLike<number>,
  names: readonly FeatureName[],
): number[] {
  return names.map((name) => features[featurePosition.get(name) ?? -1] ?? 0);
}

/** Fits both stages of the dimension models; also returns the rows with stage quality set. */
export function fitDimensionStages(
  rows: readonly TrainingRow[],
  dimensionLambda: Record<DimensionKey, number>,
): Pick<FittedModel, "firstStage" | "dimensions"> & { staged: TrainingRow[] } {
  const fitStage = (data: readonly TrainingRow[], stage: 1 | 2) => {
    const out = {} as Record<DimensionKey, DimensionModel>;
    for (const key of dimensionKeys)
      out[key] = fitDimension(data, key, dimensionLambda[key], stage);
    return out;
  };
  const firstStage = fitStage(rows, 1);
  // The second stage learns from first-stage quality the way it will see it on a new answer:
  // cross-fitted, each row's value from first-stage models that did not see that row.
  const crossFolds = 5;
  const quality = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < crossFolds; fold += 1) {
    const models = fitStage(
      rows.filter((_, i) => i % crossFolds !== fold),
      1,
    );
    rows.forEach((row, i) => {
      if (i % crossFolds === fold) quality[i] = stageQuality(models, row.features);
    });
  }
  const staged = rows.map((row, i) => {
    const features = Float64Array.from(row.features);
    features[stageQualityIndex] = quality[i] ?? 0;
    return { ...row, features };
  });
  return { firstStage, dimensions: fitStage(staged, 2), staged };
}

/** Fits every dimension and flag model on the given rows. Deterministic. */
export function fitModel(rows: readonly TrainingRow[], options: FitOptions): FittedModel {
  const stages = fitDimensionStages(rows, options.dimensionLambda);
  const { firstStage, staged } = stages;
  const dimensions = stretchDimensions(stages.dimensions, options.dimensionStretch);
  const flags = {} as Record<ModelledFlag, FlagModel>;
  for (const flag of modelledFlags) {
    const option = options.flags[flag];
    flags[flag] =
      option.mode === "rule"
        ? { mode: "rule", rule: flagRules[flag] }
        : option.mode === "floor"
          ? { mode: "floor", dimension: flagDimension[flag], floor: option.floor, cut: option.cut }
          : fitFlag(staged, flag, option.lambda, dimensions[flagDimension[flag]], option.threshold);
  }
  return { firstStage, dimensions, flags };
}

/** Stretch factors tried: a coarse grid, so no single answer sets the factor. */
export const stretchGrid = [1, 1.25, 1.5, 1.75] as const;

/** The dimension models with each linear predictor multiplied by its stretch factor. */
export function stretchDimensions(
  dimensions: Record<DimensionKey, DimensionModel>,
  stretch: Record<DimensionKey, number>,
): Record<DimensionKey, DimensionModel> {
  const out = {} as Record<DimensionKey, DimensionModel>;
  for (const key of dimensionKeys) {
    const { features, model } = dimensions[key];
    const factor = stretch[key];
    out[key] =
      factor === 1
        ? dimensions[key]
        : { features, model: { ...model, weights: model.weights.map((w) => w * factor) } };
  }
  return out;
}

/** Fits one dimension's ordinal model. */
export function fitDimension(
  rows: readonly TrainingRow[],
  key: DimensionKey,
  lambda: number,
  stage: 1 | 2 = 1,
): DimensionModel {
  const features =
    stage === 1 ? dimensionFeatures[key] : [...dimensionFeatures[key], "stage_quality" as const];
  const model = fitOrdinal(
    rows.map((row) => selectFeatures(row.features, features)),
    rows.map((row) => row.dimensions[key]),
    { classes: 5, lambda },
  );
  return { features, model };
}

/** Fits one flag's logistic model on the kinds it applies to. */
export function fitFlag(
  rows: readonly TrainingRow[],
  flag: ModelledFlag,
  lambda: number,
  dimensionModel: DimensionModel,
  threshold = 0.5,
): Extract<FlagModel, { mode: "model" }> {
  const features = flagFeatures[flag];
  const kinds = new Set<QuestionKind>(flagKinds[flag]);
  const eligible = rows.filter((row) => kinds.has(row.kind));
  const x = eligible.map((row) => flagInputs(features, dimensionModel, row.features));
  const y = eligible.map((row) => (row.flags.includes(flag) ? 1 : 0));
  const model = fitOrdinal(x, y, { classes: 2, lambda });
  return { mode: "model", features, dimension: flagDimension[flag], model, threshold };
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

/** The probability that a dimension scores at or below `floor`. */
export function floorProbability(
  model: DimensionModel,
  features: ArrayLike<number>,
  floor: number,
): number {
  const probabilities = classProbabilities(model.model, selectFeatures(features, model.features));
  let cumulative = 0;
  for (let c = 0; c <= floor; c += 1) cumulative += probabilities[c] ?? 0;
  return cumulative;
}

/** Whether a flag applies, given the fitted models of the dimensions. */
export function isFlagSet(
  model: FlagModel,
  dimensions: Record<DimensionKey, DimensionModel>,
  features: ArrayLike<number>,
): boolean {
  if (model.mode === "rule") return (selectFeatures(features, [model.rule])[0] ?? 0) >= 0.5;
  if (model.mode === "floor") {
    return floorProbability(dimensions[model.dimension], features, model.floor) >= model.cut;
  }
  return flagProbability(model, dimensions[model.dimension], features) >= model.threshold;
}

/** The probability that a fitted flag model gives, with the fitted model of its dimension. */
export function flagProbability(
  model: Extract<FlagModel, { mode: "model" }>,
  dimensionModel: DimensionModel,
  features: ArrayLike<number>,
): number {
  return (
    classProbabilities(model.model, flagInputs(model.features, dimensionModel, features))[1] ?? 0
  );
}

/** How much one feature pushed a dimension up (positive) or down, in standardised units. */
export function contributionOf(
  model: DimensionModel,
  features: ArrayLike<number>,
  feature: FeatureName,
): number {
  const j = model.features.indexOf(feature);
  if (j < 0) return 0;
  const value = selectFeatures(features, [feature])[0] ?? 0;
  return (
    ((model.model.weights[j] ?? 0) * (value - (model.model.means[j] ?? 0))) /
    (model.model.scales[j] ?? 1)
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

/** The model with every number at four significant digits, as parameters.ts stores it. */
export function roundParameters(model: FittedModel): FittedModel {
  return JSON.parse(
    JSON.stringify(model, (_key, value: unknown) =>
      typeof value === "number" ? Number(value.toPrecision(4)) : value,
    ),
  ) as FittedModel;
}
