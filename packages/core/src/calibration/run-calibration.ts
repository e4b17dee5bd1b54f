import { createContext } from "../analysers/context.ts";
import type { FittedModel } from "../model/fit-model.ts";
import {
  type DimensionKey,
  dimensionKeys,
  type FlagKey,
  flagKeys,
  type QuestionKind,
  questionKinds,
} from "../rubric.ts";
import { scoreWithModel } from "../score-answer.ts";
import type { ScoreResult } from "../types.ts";
import { outOfFoldModels, toTrainingRow } from "./cross-validate.ts";
import type { LabelledAnswer } from "./labelled-answers.ts";
import {
  meanAbsoluteError,
  pearson,
  type PrecisionRecall,
  quadraticWeightedKappa,
  setPrecisionRecall,
  spearman,
} from "./metrics.ts";

export interface AnswerGap {
  id: string;
  kind: QuestionKind;
  expected: number;
  predicted: number;
  gap: number;
  dimensionGaps: Partial<Record<DimensionKey, number>>;
}

export interface CalibrationReport {
  count: number;
  /** Labelled answers the engine refused as not an answer (each one is an error). */
  unscorable: string[];
  spearman: number;
  pearson: number;
  dimensions: Record<DimensionKey, { mae: number; qwk: number }>;
  meanDimensionMae: number;
  kinds: Partial<Record<QuestionKind, { count: number; spearman: number }>>;
  flags: { perFlag: Record<string, PrecisionRecall>; micro: PrecisionRecall };
  /** Per hard-case category: mean (engine − label) overall points. */
  categoryBias: Record<string, { count: number; bias: number }>;
  /** Gamed answers (buzzword-stuffed, meaningless numbers, hollow "I", label salad) that score
   * at or above the median plain-language strong answer of their kind. */
  gamedAboveMedian: string[];
  worst: AnswerGap[];
}

export interface HardCases {
  legend: Record<string, string>;
  categories: Record<string, string[]>;
}

/** Categories of gamed answers, which must rank below a plain-spoken strong answer. */
const gamedCategories = ["a", "c", "d", "f"];
const plainStrongCategory = "b";

/** Compares engine results (one per labelled answer, same order) with the labels. */
export function compareWithLabels(
  rows: readonly LabelledAnswer[],
  results: readonly ScoreResult[],
  hardCases: HardCases = { legend: {}, categories: {} },
): CalibrationReport {
  // An unscorable labelled answer counts as a zero everywhere, so refusing real answers costs.
  const scored = results.map((result) =>
    result.status === "scored"
      ? result
      : {
          overall: 0,
          dimensions: Object.fromEntries(dimensionKeys.map((k) => [k, 0])) as Record<
            DimensionKey,
            number
          >,
          flags: [] as FlagKey[],
        },
  );
  const expectedOverall = rows.map((row) => row.labels.overall);
  const predictedOverall = scored.map((result) => result.overall);
  const dimensions = {} as Record<DimensionKey, { mae: number; qwk: number }>;
  for (const key of dimensionKeys) {
    const expected = rows.map((row) => row.labels.dimensions[key]);
    const predicted = scored.map((result) => result.dimensions[key]);
    dimensions[key] = {
      mae: meanAbsoluteError(predicted, expected),
      qwk: quadraticWeightedKappa(predicted, expected),
    };
  }
  const kinds: CalibrationReport["kinds"] = {};
  for (const kind of questionKinds) {
    const indices = rows.flatMap((row, i) => (row.kind === kind ? [i] : []));
    if (indices.length < 3) continue;
    kinds[kind] = {
      count: indices.length,
      spearman: spearman(
        indices.map((i) => predictedOverall[i] ?? 0),
        indices.map((i) => expectedOverall[i] ?? 0),
      ),
    };
  }
  const flagStats = setPrecisionRecall(
    scored.map((result) => result.flags),
    rows.map((row) => row.labels.flags),
    flagKeys as readonly FlagKey[],
  );
  const indexOf = new Map(rows.map((row, i) => [row.id, i]));
  const categoryBias: CalibrationReport["categoryBias"] = {};
  for (const [category, ids] of Object.entries(hardCases.categories)) {
    const indices = ids.flatMap((id) => {
      const i = indexOf.get(id);
      return i === undefined ? [] : [i];
    });
    if (indices.length === 0) continue;
    const bias =
      indices.reduce((sum, i) => sum + (predictedOverall[i] ?? 0) - (expectedOverall[i] ?? 0), 0) /
      indices.length;
    categoryBias[category] = { count: indices.length, bias };
  }
  const gamedAboveMedian: string[] = [];
  const plain = (hardCases.categories[plainStrongCategory] ?? []).flatMap((id) => {
    const i = indexOf.get(id);
    return i === undefined ? [] : [i];
  });
  for (const category of gamedCategories) {
    for (const id of hardCases.categories[category] ?? []) {
      const i = indexOf.get(id);
      const row = i === undefined ? undefined : rows[i];
      if (i === undefined || row === undefined) continue;
      const peers = plain
        .filter((j) => rows[j]?.kind === row.kind)
        .map((j) => predictedOverall[j] ?? 0)
        .sort((a, b) => a - b);
      if (peers.length === 0) continue;
      const middle = peers.length / 2;
      const median =
        peers.length % 2 === 1
          ? (peers[Math.floor(middle)] ?? 0)
          : ((peers[middle - 1] ?? 0) + (peers[middle] ?? 0)) / 2;
      if ((predictedOverall[i] ?? 0) >= median) gamedAboveMedian.push(id);
    }
  }
  const worst: AnswerGap[] = rows
    .map((row, index) => {
      const predicted = scored[index];
      const dimensionGaps: Partial<Record<DimensionKey, number>> = {};
      for (const key of dimensionKeys) {
        const diff = (predicted?.dimensions[key] ?? 0) - row.labels.dimensions[key];
        if (diff !== 0) dimensionGaps[key] = diff;
      }
      const value = predicted?.overall ?? 0;
      return {
        id: row.id,
        kind: row.kind,
        expected: row.labels.overall,
        predicted: value,
        gap: value - row.labels.overall,
        dimensionGaps,
      };
    })
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.id.localeCompare(b.id))
    .slice(0, 10);
  return {
    count: rows.length,
    unscorable: rows.filter((_, i) => results[i]?.status === "unscorable").map((row) => row.id),
    spearman: spearman(predictedOverall, expectedOverall),
    pearson: pearson(predictedOverall, expectedOverall),
    dimensions,
    meanDimensionMae:
      dimensionKeys.reduce((sum, key) => sum + dimensions[key].mae, 0) / dimensionKeys.length,
    kinds,
    flags: { perFlag: flagStats.perLabel, micro: flagStats.micro },
    categoryBias,
    gamedAboveMedian,
    worst,
  };
}

/** Scores every labelled answer with one model (in-sample when it was fitted on them). */
export function runCalibration(
  rows: readonly LabelledAnswer[],
  model: FittedModel,
  hardCases?: HardCases,
): CalibrationReport {
  const results = rows.map((row) =>
    scoreWithModel(createContext(row.kind, row.prompt, row.answer), model),
  );
  return compareWithLabels(rows, results, hardCases);
}

/**
 * k-fold cross-validation: each answer is scored by a model fitted, penalties included, on the
 * other folds only. These are the figures to trust for answers the engine has never seen.
 */
export function runCrossValidation(
  rows: readonly LabelledAnswer[],
  hardCases?: HardCases,
  k = 10,
  seed = 20261203,
): CalibrationReport {
  const { folds, models } = outOfFoldModels(rows.map(toTrainingRow), k, seed);
  const results = rows.map((row, i) => {
    const model = models[folds[i] ?? 0];
    if (model === undefined) throw new Error(`no model for fold ${folds[i]}`);
    return scoreWithModel(createContext(row.kind, row.prompt, row.answer), model);
  });
  return compareWithLabels(rows, results, hardCases);
}

/** Renders in-sample and out-of-fold reports side by side for the terminal. */
export function formatCalibrationReport(
  inSample: CalibrationReport,
  outOfFold: CalibrationReport,
  legend: Record<string, string> = {},
): string {
  const f = (value: number) => value.toFixed(3);
  const row = (label: string, a: string, b: string) =>
    `${label.padEnd(30)} ${a.padStart(12)} ${b.padStart(12)}`;
  const lines = [
    `answers: ${outOfFold.count} (out-of-fold: 10-fold cross-validation, penalties chosen inside each fold)`,
    "",
    row("", "in-sample", "out-of-fold"),
    row("overall Spearman", f(inSample.spearman), f(outOfFold.spearman)),
    row("overall Pearson", f(inSample.pearson), f(outOfFold.pearson)),
    row("mean dimension MAE", f(inSample.meanDimensionMae), f(outOfFold.meanDimensionMae)),
    row("flag micro F1", f(inSample.flags.micro.f1), f(outOfFold.flags.micro.f1)),
    row(
      "unscorable labelled answers",
      String(inSample.unscorable.length),
      String(outOfFold.unscorable.length),
    ),
    row(
      "gamed ≥ plain-strong median",
      String(inSample.gamedAboveMedian.length),
      String(outOfFold.gamedAboveMedian.length),
    ),
    "",
    row("dimension  MAE / QWK", "in-sample", "out-of-fold"),
  ];
  for (const key of dimensionKeys) {
    const a = inSample.dimensions[key];
    const b = outOfFold.dimensions[key];
    lines.push(row(`  ${key}`, `${f(a.mae)} / ${f(a.qwk)}`, `${f(b.mae)} / ${f(b.qwk)}`));
  }
  lines.push("", row("kind  Spearman", "in-sample", "out-of-fold"));
  for (const kind of questionKinds) {
    const a = inSample.kinds[kind];
    const b = outOfFold.kinds[kind];
    if (a === undefined || b === undefined) continue;
    lines.push(row(`  ${kind} (${b.count})`, f(a.spearman), f(b.spearman)));
  }
  lines.push("", row("flag  P / R / F1 (out-of-fold)", "", ""));
  for (const [flag, s] of Object.entries(outOfFold.flags.perFlag)) {
    lines.push(
      `  ${flag.padEnd(20)} ${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`,
    );
  }
  lines.push("", row("hard cases: mean bias (points)", "in-sample", "out-of-fold"));
  for (const [category, b] of Object.entries(outOfFold.categoryBias)) {
    const a = inSample.categoryBias[category];
    const name = `${category} ${legend[category] ?? ""}`.slice(0, 28);
    lines.push(row(`  ${name} (${b.count})`, (a?.bias ?? 0).toFixed(1), b.bias.toFixed(1)));
  }
  if (outOfFold.gamedAboveMedian.length > 0) {
    lines.push(
      `gamed answers at or above the plain-strong median (out-of-fold): ${outOfFold.gamedAboveMedian.join(", ")}`,
    );
  }
  lines.push("", "ten worst answers out-of-fold (predicted − expected overall):");
  for (const w of outOfFold.worst) {
    const dims = Object.entries(w.dimensionGaps)
      .map(([key, diff]) => `${key} ${diff > 0 ? "+" : ""}${diff}`)
      .join(", ");
    lines.push(
      `  ${w.id} ${w.kind.padEnd(16)} expected ${String(w.expected).padStart(3)} got ${String(w.predicted).padStart(3)} gap ${w.gap > 0 ? "+" : ""}${w.gap}  ${dims}`,
    );
  }
  return lines.join("\n");
}
