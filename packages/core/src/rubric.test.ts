import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  dimensionInfo,
  dimensionKeys,
  dimensionWeights,
  flagInfo,
  flagKeys,
  idealWordRanges,
  isQuestionKind,
  kindLabels,
  lengthRanges,
  questionKinds,
  targetSpokenSeconds,
} from "./rubric.ts";

// esbuild ships with tsx; only the slice of its API used here is typed.
interface Bundler {
  build(options: Record<string, unknown>): Promise<{
    errors: unknown[];
    metafile?: { inputs: Record<string, unknown> };
  }>;
}

const tsxDir = realpathSync(fileURLToPath(new URL("../node_modules/tsx", import.meta.url)));
const esbuild = createRequire(join(tsxDir, "package.json"))("esbuild") as Bundler;
const packageJson = fileURLToPath(new URL("../package.json", import.meta.url));

describe("rubric data", () => {
  it.each(questionKinds)("weights for %s sum to 100", (kind) => {
    const total = dimensionKeys.reduce((sum, key) => sum + dimensionWeights[kind][key], 0);
    expect(total).toBe(100);
  });

  it("matches the weight table in docs/rubric.md", () => {
    expect(dimensionWeights.deep_dive).toEqual({
      structure: 15,
      ownership: 15,
      specificity: 15,
      depth: 20,
      tradeoffs: 15,
      impact: 10,
      reflection: 5,
      delivery: 5,
    });
    expect(dimensionWeights.logistics).toEqual({
      structure: 20,
      ownership: 0,
      specificity: 35,
      depth: 0,
      tradeoffs: 0,
      impact: 0,
      reflection: 0,
      delivery: 45,
    });
  });

  it("uses the length ranges from docs/rubric.md", () => {
    expect(lengthRanges.intro).toEqual({ min: 60, max: 260 });
    expect(lengthRanges.motivation).toEqual({ min: 60, max: 260 });
    expect(lengthRanges.logistics).toEqual({ min: 60, max: 260 });
    expect(lengthRanges.deep_dive).toEqual({ min: 150, max: 600 });
    expect(lengthRanges.debugging).toEqual({ min: 150, max: 600 });
    expect(lengthRanges.cross_functional).toEqual({ min: 120, max: 550 });
    expect(lengthRanges.conflict).toEqual({ min: 120, max: 550 });
  });

  it("keeps every comfortable range inside the allowed range", () => {
    for (const kind of questionKinds) {
      expect(idealWordRanges[kind].min).toBeGreaterThanOrEqual(lengthRanges[kind].min);
      expect(idealWordRanges[kind].max).toBeLessThanOrEqual(lengthRanges[kind].max);
      expect(targetSpokenSeconds[kind].min).toBeLessThan(targetSpokenSeconds[kind].max);
    }
  });

  it("labels every kind, dimension and flag", () => {
    expect(Object.keys(kindLabels).sort()).toEqual([...questionKinds].sort());
    expect(Object.keys(dimensionInfo).sort()).toEqual([...dimensionKeys].sort());
    expect(Object.keys(flagInfo).sort()).toEqual([...flagKeys].sort());
    for (const info of [...Object.values(dimensionInfo), ...Object.values(flagInfo)]) {
      expect(info.label.length).toBeGreaterThan(0);
      expect(info.description.length).toBeGreaterThan(10);
    }
  });

  it("recognises kinds", () => {
    expect(isQuestionKind("intro")).toBe(true);
    expect(isQuestionKind("Intro")).toBe(false);
    expect(isQuestionKind(3)).toBe(false);
  });
});

describe("@debrief/core/rubric", () => {
  it("is exported as a subpath pointing at this module", () => {
    const { exports } = createRequire(import.meta.url)(packageJson) as {
      exports: Record<string, string>;
    };
    expect(exports["./rubric"]).toBe("./src/rubric.ts");
  });

  it("bundles on its own, importing nothing from the NLP engine", async () => {
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL("./rubric.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    // The barrel and its own files under src/rubric/, nothing else.
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs).toContain("src/rubric.ts");
    expect(
      inputs.filter((file) => file !== "src/rubric.ts" && !file.startsWith("src/rubric/")),
    ).toEqual([]);
  }, 60_000);
});
