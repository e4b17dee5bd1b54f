import {
  type DimensionKey,
  dimensionKeys,
  type FlagKey,
  flagKeys,
  isQuestionKind,
  type QuestionKind,
} from "../rubric.ts";
import { scoreAnswer } from "../score-answer.ts";
import {
  meanAbsoluteError,
  pearson,
  type PrecisionRecall,
  quadraticWeightedKappa,
  setPrecisionRecall,
  spearman,
} from "./metrics.ts";

/** One labelled answer from the calibration set. */
export interface LabelledAnswer {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  labels: { dimensions: Record<DimensionKey, number>; flags: string[]; overall: number };
}

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
  spearman: number;
  pearson: number;
  dimensions: Record<DimensionKey, { mae: number; qwk: number }>;
  flags: { perFlag: Record<string, PrecisionRecall>; micro: PrecisionRecall };
  worst: AnswerGap[];
}

/** Parses a JSON Lines calibration set; throws with the line number on a malformed line. */
export function parseLabelledSet(text: string): LabelledAnswer[] {
  const rows: LabelledAnswer[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const value = JSON.parse(line) as LabelledAnswer;
    if (
      !isQuestionKind(value.kind) ||
      typeof value.answer !== "string" ||
      value.labels === undefined
    ) {
      throw new Error(`line ${index + 1}: not a labelled answer`);
    }
    rows.push(value);
  });
  return rows;
}

/** Scores every labelled answer and compares the engine with the labels. */
export function runCalibration(rows: readonly LabelledAnswer[]): CalibrationReport {
  const results = rows.map((row) =>
    scoreAnswer({ kind: row.kind, prompt: row.prompt, answer: row.answer }),
  );
  const expectedOverall = rows.map((row) => row.labels.overall);
  const predictedOverall = results.map((result) => result.overall);
  const dimensions = {} as Record<DimensionKey, { mae: number; qwk: number }>;
  for (const key of dimensionKeys) {
    const expected = rows.map((row) => row.labels.dimensions[key]);
    const predicted = results.map((result) => result.dimensions[key]);
    dimensions[key] = {
      mae: meanAbsoluteError(predicted, expected),
      qwk: quadraticWeightedKappa(predicted, expected),
    };
  }
  const flagStats = setPrecisionRecall(
    results.map((result) => result.flags),
    rows.map((row) => row.labels.flags),
    flagKeys as readonly FlagKey[],
  );
  const worst: AnswerGap[] = rows
    .map((row, index) => {
      const predicted = results[index];
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
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
    .slice(0, 10);
  return {
    count: rows.length,
    spearman: spearman(predictedOverall, expectedOverall),
    pearson: pearson(predictedOverall, expectedOverall),
    dimensions,
    flags: { perFlag: flagStats.perLabel, micro: flagStats.micro },
    worst,
  };
}

/** Renders a calibration report as plain text for the terminal. */
export function formatCalibrationReport(report: CalibrationReport): string {
  const f = (value: number) => value.toFixed(3);
  const lines = [
    `answers: ${report.count}`,
    `overall  spearman ${f(report.spearman)}  pearson ${f(report.pearson)}`,
    "",
    "dimension      MAE    QWK",
  ];
  for (const key of dimensionKeys) {
    const d = report.dimensions[key];
    lines.push(`${key.padEnd(14)} ${f(d.mae)}  ${f(d.qwk)}`);
  }
  lines.push("", "flag                 P      R      F1    (tp/fp/fn)");
  for (const [flag, s] of Object.entries(report.flags.perFlag)) {
    lines.push(
      `${flag.padEnd(20)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  (${s.truePositives}/${s.falsePositives}/${s.falseNegatives})`,
    );
  }
  const m = report.flags.micro;
  lines.push(
    `${"micro".padEnd(20)} ${f(m.precision)}  ${f(m.recall)}  ${f(m.f1)}  (${m.truePositives}/${m.falsePositives}/${m.falseNegatives})`,
  );
  lines.push("", "ten worst answers (predicted - expected overall):");
  for (const w of report.worst) {
    const dims = Object.entries(w.dimensionGaps)
      .map(([key, diff]) => `${key} ${diff > 0 ? "+" : ""}${diff}`)
      .join(", ");
    lines.push(
      `${w.id} ${w.kind.padEnd(16)} expected ${String(w.expected).padStart(3)} got ${String(w.predicted).padStart(3)} gap ${w.gap > 0 ? "+" : ""}${w.gap}  ${dims}`,
    );
  }
  return lines.join("\n");
}
