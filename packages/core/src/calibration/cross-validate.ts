import { analyseAnswer } from "../analyse-answer.ts";
import { createContext } from "../analysers/context.ts";
import { extractFeatures } from "../model/features.ts";
import {
  type FitOptions,
  type FittedModel,
  fitDimension,
  fitDimensionStages,
  fitFlag,
  fitModel,
  flagDimension,
  flagKinds,
  flagProbability,
  flagRules,
  floorProbability,
  modelledFlags,
  predictDimension,
  selectFeatures,
  stretchDimensions,
  stretchGrid,
  type TrainingRow,
  thresholdGrid,
  withStageQuality,
} from "../model/fit-model.ts";
import { type DimensionKey, dimensionKeys, type QuestionKind, questionKinds } from "../rubric.ts";
import { meanAbsoluteError } from "./metrics.ts";

const unstretched = Object.fromEntries(dimensionKeys.map((key) => [key, 1])) as Record<
  DimensionKey,
  number
>;

/** The penalties tried for every model; the fit keeps the one inner cross-validation prefers. */
export const lambdaGrid = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** A small deterministic generator (mulberry32), so folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Assigns each row a fold in 0..k−1, shuffled with `seed` and balanced within each kind. */
export function assignFolds(kinds: readonly QuestionKind[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(kinds.length).fill(0);
  let next = 0;
  for (const kind of questionKinds) {
    const members = kinds.flatMap((value, i) => (value === kind ? [i] : []));
    for (let i = members.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    for (const index of members) {
      folds[index] = next % k;
      next += 1;
    }
  }
  return folds;
}

/** Computes the training row (features and labels) of a labelled answer. */
export function toTrainingRow(row: {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  labels: { dimensions: Record<DimensionKey, number>; flags: readonly string[] };
}): TrainingRow {
  const analyses = analyseAnswer(createContext(row.kind, row.prompt, row.answer));
  return {
    kind: row.kind,
    features: extractFeatures(analyses),
    dimensions: row.labels.dimensions,
    flags: row.labels.flags,
  };
}

/**
 * Chooses each model's L2 penalty by k-fold cross-validation on `rows` alone: the dimension
 * penalty that gives the lowest out-of-fold MAE, the flag penalty the highest out-of-fold F1
 * (ties go to the stronger penalty).
 */
export function chooseOptions(rows: readonly TrainingRow[], k: number, seed: number): FitOptions {
  const folds = assignFolds(
    rows.map((row) => row.kind),
    k,
    seed,
  );
  const dimensionLambda = {} as Record<DimensionKey, number>;
  for (const key of dimensionKeys) {
    let best = { lambda: lambdaGrid[0] as number, error: Number.POSITIVE_INFINITY };
    for (const lambda of lambdaGrid) {
      const predicted = new Array<number>(rows.length).fill(0);
      for (let fold = 0; fold < k; fold += 1) {
        const train = rows.filter((_, i) => folds[i] !== fold);
        const model = fitDimension(train, key, lambda);
        rows.forEach((row, i) => {
          if (folds[i] === fold) predicted[i] = predictDimension(model, row.features);
        });
      }
      const error = meanAbsoluteError(
        predicted,
        rows.map((row) => row.dimensions[key]),
      );
      if (error <= best.error + 1e-9) best = { lambda, error };
    }
    dimensionLambda[key] = best.lambda;
  }
  // The stretch and the flags read the second-stage dimension models, so each inner fold fits
  // both stages.
  const fitted = Array.from({ length: k }, (_, fold) =>
    fitDimensionStages(
      rows.filter((_, i) => folds[i] !== fold),
      dimensionLambda,
    ),
  );
  const heldOut = rows.map((row, i) => {
    const stage = fitted[folds[i] ?? 0];
    return stage === undefined ? row.features : withStageQuality(stage.firstStage, row.features);
  });
  const dimensionStretch = {} as Record<DimensionKey, number>;
  for (const key of dimensionKeys) {
    let best = { stretch: 1, error: Number.POSITIVE_INFINITY };
    for (const stretch of stretchGrid) {
      const predicted = rows.map((row, i) => {
        const stage = fitted[folds[i] ?? 0];
        if (stage === undefined) return 0;
        const models = stretchDimensions(stage.dimensions, { ...unstretched, [key]: stretch });
        return predictDimension(models[key], heldOut[i] ?? row.features);
      });
      const error = meanAbsoluteError(
        predicted,
        rows.map((row) => row.dimensions[key]),
      );
      // Ties keep the smaller stretch.
      if (error < best.error - 1e-9) best = { stretch, error };
    }
    dimensionStretch[key] = best.stretch;
  }
  const stages = fitted.map((stage) => ({
    ...stage,
    dimensions: stretchDimensions(stage.dimensions, dimensionStretch),
  }));
  // Each flag's penalty and probability cut, chosen together from out-of-fold probabilities: a
  // cut chosen on the rows a model was fitted to would sit where only those rows need it.
  const flags = {} as FitOptions["flags"];
  const f1Of = (isSet: (row: TrainingRow, i: number) => boolean, flag: string) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    rows.forEach((row, i) => {
      const set = isSet(row, i);
      const isLabelled = row.flags.includes(flag);
      if (set && isLabelled) tp += 1;
      else if (set) fp += 1;
      else if (isLabelled) fn += 1;
    });
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  for (const flag of modelledFlags) {
    const rule = flagRules[flag];
    const ruleF1 = f1Of(
      (row) =>
        flagKinds[flag].includes(row.kind) && (selectFeatures(row.features, [rule])[0] ?? 0) >= 0.5,
      flag,
    );
    let best = { lambda: lambdaGrid[0] as number, threshold: 0.5, f1: -1 };
    for (const lambda of lambdaGrid) {
      const probabilities = new Array<number>(rows.length).fill(-1);
      for (let fold = 0; fold < k; fold += 1) {
        const stage = stages[fold];
        if (stage === undefined) continue;
        const model = fitFlag(stage.staged, flag, lambda, stage.dimensions[flagDimension[flag]]);
        rows.forEach((row, i) => {
          if (folds[i] === fold && flagKinds[flag].includes(row.kind)) {
            probabilities[i] = flagProbability(
              model,
              stage.dimensions[model.dimension],
              heldOut[i] ?? row.features,
            );
          }
        });
      }
      for (const threshold of thresholdGrid) {
        const f1 = f1Of((_, i) => (probabilities[i] ?? -1) >= threshold, flag);
        // Ties go to the stronger penalty and the higher cut: fewer, surer flags.
        if (f1 >= best.f1 - 1e-9) best = { lambda, threshold, f1 };
      }
    }
    // Or the flag is its dimension at the floor (e.g. no result: impact 0).
    let bestFloor = { floor: 0, cut: 0.5, f1: -1 };
    for (const floor of [0, 1]) {
      for (const cut of [...thresholdGrid].reverse()) {
        const f1 = f1Of((row, i) => {
          const stage = stages[folds[i] ?? 0];
          if (stage === undefined || !flagKinds[flag].includes(row.kind)) return false;
          const dimension = stage.dimensions[flagDimension[flag]];
          return floorProbability(dimension, heldOut[i] ?? row.features, floor) >= cut;
        }, flag);
        // Ties keep the lower floor and the higher cut, tried first: fewer, surer flags.
        if (f1 > bestFloor.f1 + 1e-9) bestFloor = { floor, cut, f1 };
      }
    }
    // A fitted model must beat the simpler options out-of-fold to replace them.
    flags[flag] =
      best.f1 > Math.max(ruleF1, bestFloor.f1) + 1e-9
        ? { mode: "model", lambda: best.lambda, threshold: best.threshold }
        : bestFloor.f1 > ruleF1 + 1e-9
          ? { mode: "floor", floor: bestFloor.floor, cut: bestFloor.cut }
          : { mode: "rule" };
  }
  return { dimensionLambda, dimensionStretch, flags };
}

/** Fits the committed model: penalties chosen by cross-validation, then fitted on every row. */
export function fitWithChosenOptions(
  rows: readonly TrainingRow[],
  k: number,
  seed: number,
): { model: FittedModel; options: FitOptions } {
  const options = chooseOptions(rows, k, seed);
  return { model: fitModel(rows, options), options };
}

/**
 * Out-of-fold predictions: each row is predicted by a model fitted (penalties chosen by an inner
 * cross-validation included) on the other folds only.
 */
export function outOfFoldModels(
  rows: readonly TrainingRow[],
  k: number,
  seed: number,
): { folds: number[]; models: FittedModel[] } {
  const folds = assignFolds(
    rows.map((row) => row.kind),
    k,
    seed,
  );
  const models: FittedModel[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = rows.filter((_, i) => folds[i] !== fold);
    models.push(fitWithChosenOptions(train, 5, seed + fold + 1).model);
  }
  return { folds, models };
}
