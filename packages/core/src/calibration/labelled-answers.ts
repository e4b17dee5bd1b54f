import { type DimensionKey, isQuestionKind, type QuestionKind } from "../rubric.ts";

/** One labelled answer from the calibration set. */
export interface LabelledAnswer {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  labels: { dimensions: Record<DimensionKey, number>; flags: string[]; overall: number };
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
