import { scoreAnswer } from "@debrief/core";
import { describe, expect, it } from "vitest";
import { type BankQuestion, questionBank } from "./question-bank.ts";

const kinds = [
  "deep_dive",
  "debugging",
  "cross_functional",
  "conflict",
  "intro",
  "motivation",
  "logistics",
] as const;

/** The rubric's allowed word range per kind (outside it, a length flag is set). */
const rubricRange: Record<BankQuestion["kind"], [number, number]> = {
  deep_dive: [150, 600],
  debugging: [150, 600],
  cross_functional: [120, 550],
  conflict: [120, 550],
  intro: [60, 260],
  motivation: [60, 260],
  logistics: [60, 260],
};

/** The tighter band a model answer should sit in (intro is 60–90 seconds spoken). */
const targetRange: Record<BankQuestion["kind"], [number, number]> = {
  deep_dive: [300, 520],
  debugging: [300, 520],
  cross_functional: [250, 450],
  conflict: [250, 450],
  intro: [150, 230],
  motivation: [130, 230],
  logistics: [80, 180],
};

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

describe("question bank", () => {
  it.each(kinds)("has at least 7 questions of kind %s", (kind) => {
    expect(questionBank.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(7);
  });

  it("only uses known kinds", () => {
    for (const q of questionBank) expect(kinds, q.slug).toContain(q.kind);
  });

  it("has unique kebab-case slugs", () => {
    const slugs = questionBank.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("has short titles and non-empty prompts", () => {
    for (const q of questionBank) {
      expect(q.title.trim().length, q.slug).toBeGreaterThan(0);
      expect(q.title.length, q.slug).toBeLessThanOrEqual(60);
      expect(q.prompt.trim().length, q.slug).toBeGreaterThan(10);
    }
  });

  it("has 2–4 non-empty guidance lines per question", () => {
    for (const q of questionBank) {
      const lines = q.guidance.split("\n");
      expect(lines.length, q.slug).toBeGreaterThanOrEqual(2);
      expect(lines.length, q.slug).toBeLessThanOrEqual(4);
      for (const line of lines) expect(line.trim().length, q.slug).toBeGreaterThan(0);
    }
  });

  it.each(questionBank.map((q) => [q.slug, q] as const))(
    "example answer for %s fits its kind's length",
    (_slug, q) => {
      const n = words(q.exampleAnswer);
      const [rubricMin, rubricMax] = rubricRange[q.kind];
      const [min, max] = targetRange[q.kind];
      expect(n, `${q.slug}: ${n} words`).toBeGreaterThanOrEqual(Math.max(min, rubricMin));
      expect(n, `${q.slug}: ${n} words`).toBeLessThanOrEqual(Math.min(max, rubricMax));
    },
  );

  it.each(questionBank.map((q) => [q.slug, q] as const))(
    "example answer for %s scores at least 80",
    (_slug, q) => {
      const result = scoreAnswer({ kind: q.kind, prompt: q.prompt, answer: q.exampleAnswer });
      if (result.status !== "scored") throw new Error(`${q.slug}: ${result.message}`);
      expect(
        result.overall,
        `${q.slug} scored ${result.overall} (${JSON.stringify(result.dimensions)}; flags: ${result.flags.join(", ") || "none"})`,
      ).toBeGreaterThanOrEqual(80);
    },
  );
});
