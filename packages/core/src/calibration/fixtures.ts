import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type LabelledAnswer, parseLabelledSet } from "./labelled-answers.ts";

// Node-only: reads the labelled answers that ship in fixtures/ (the calibration script, the fit
// script and the calibration tests). Never imported by the engine itself.
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Every labelled answer: the dev set, then the train set. */
export function loadLabelledAnswers(): LabelledAnswer[] {
  return [
    ...parseLabelledSet(readFileSync(fixture("dev-set.jsonl"), "utf8")),
    ...parseLabelledSet(readFileSync(fixture("train-set.jsonl"), "utf8")),
  ];
}

/** The hard-case categories: letter → answer ids, and letter → what the category is. */
export function loadHardCases(): {
  legend: Record<string, string>;
  categories: Record<string, string[]>;
} {
  return JSON.parse(readFileSync(fixture("train-set-categories.json"), "utf8"));
}
