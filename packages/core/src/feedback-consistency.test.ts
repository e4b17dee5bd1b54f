import { describe, expect, it } from "vitest";
import { analyseAnswer } from "./analyse-answer.ts";
import { createContext } from "./analysers/context.ts";
import { loadLabelledAnswers } from "./calibration/fixtures.ts";
import { flagDimension, type ModelledFlag, modelledFlags } from "./model/fit-model.ts";
import { dimensionKeys } from "./rubric.ts";
import { scoreAnswer } from "./score-answer.ts";
import { scored } from "./testing/scored.ts";

// Properties the score card must hold on every labelled answer: its highlights, its scores and
// its suggestions never contradict each other.
const rows = loadLabelledAnswers();
const results = rows.map((row) => ({ row, result: scored(row) }));

describe("feedback that agrees with itself, on every labelled answer", () => {
  it("shows a highlight as hurting only a dimension that lost points", () => {
    for (const { row, result } of results) {
      for (const e of result.evidence) {
        if (e.effect === "hurts")
          expect(result.dimensions[e.dimension], `${row.id} ${e.tag}`).toBeLessThan(4);
      }
    }
  });

  it("never raises a pitfall flag beside a good score on the dimension it names", () => {
    for (const { row, result } of results) {
      for (const flag of result.flags) {
        if (!(modelledFlags as readonly string[]).includes(flag)) continue;
        const key = flagDimension[flag as ModelledFlag];
        expect(result.dimensions[key], `${row.id} ${flag}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("never suggests raising a dimension already at 4", () => {
    for (const { row } of results) {
      const ctx = createContext(row.kind, row.prompt, row.answer);
      const analyses = analyseAnswer(ctx);
      const result = scored(row);
      // The suggestions map back to dimensions through the same writer the engine uses.
      for (const text of result.suggestions) {
        const full = dimensionKeys.filter((key) => result.dimensions[key] === 4);
        expect(text.length, row.id).toBeGreaterThan(0);
        if (/hedge/i.test(text)) expect(full, row.id).not.toContain("delivery");
        if (/option you rejected|what your choice cost|limited or softened/i.test(text))
          expect(full, row.id).not.toContain("tradeoffs");
        if (/measured result|baseline for your result/i.test(text))
          expect(full, row.id).not.toContain("impact");
        if (/lesson|prevention|differently next time/i.test(text))
          expect(full, row.id).not.toContain("reflection");
      }
      expect(analyses.ctx.words).toBe(result.stats.words);
    }
  });

  it("never asks for what its own evidence shows is there", () => {
    for (const { row, result } of results) {
      const text = result.suggestions.join(" ");
      const tags = new Set(result.evidence.map((e) => e.tag));
      const a = analyseAnswer(createContext(row.kind, row.prompt, row.answer));
      if (a.tradeoffs.alternatives > 0) expect(text, row.id).not.toMatch(/option you rejected/);
      if (a.tradeoffs.costs > 0) expect(text, row.id).not.toMatch(/what your choice cost/);
      if (a.reflection.preventions > 0) expect(text, row.id).not.toMatch(/Add prevention/);
      if (a.reflection.concrete > 0) expect(text, row.id).not.toMatch(/Add one concrete lesson/);
      if (a.outcomes.measuredOutcomes > 0)
        expect(text, row.id).not.toMatch(/State the measured result/);
      for (const beat of a.structure.beats)
        expect(text, row.id).not.toMatch(new RegExp(`Add [^.]*\\b${beat.label}\\b`));
      // Hedging advice only beside a highlighted hedge, and vice versa for cutting terms.
      if (/Cut hedges/.test(text)) expect(tags.has("hedge"), row.id).toBe(true);
      if (/Cut terms you do not tie/.test(text)) expect(tags.has("buzzword"), row.id).toBe(true);
    }
  });

  it("gives no two suggestions that compete for the same place in the answer", () => {
    for (const { row, result } of results) {
      const positional = result.suggestions.filter((s) =>
        /^(Close with|End with|Open with|Finish with)/.test(s),
      );
      expect(positional.length, row.id).toBeLessThanOrEqual(1);
      const text = result.suggestions.join(" ");
      expect(/short for/.test(text) && /long for/.test(text), row.id).toBe(false);
    }
  });

  it("following a suggestion to add prevention or a result does not bring back its opposite", () => {
    for (const { row, result } of results) {
      if (row.kind !== "debugging") continue;
      if (!result.suggestions.some((s) => s.startsWith("Add prevention"))) continue;
      const revised = `${row.answer}\n\nTo stop it happening again I added an alert on the queue depth and a test that replays the bad input.`;
      const after = scoreAnswer({ ...row, answer: revised });
      expect(after.status).toBe("scored");
      if (after.status !== "scored") continue;
      expect(after.suggestions.join(" "), row.id).not.toMatch(/Add prevention/);
      expect(after.overall, row.id).toBeGreaterThanOrEqual(result.overall - 2);
    }
  });
});
