import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse-text.ts";
import { createPhraseMatcher, expandForms } from "./phrase-matcher.ts";

describe("createPhraseMatcher", () => {
  const matcher = createPhraseMatcher({ long: ["dead-letter queues"], short: ["queues", "retry"] });

  it("prefers the longest phrase and does not overlap", () => {
    const { tokens } = analyseText("We added dead-letter queues and queues for retry.");
    const found = matcher.find(tokens).map((m) => `${m.category}:${m.phrase}`);
    expect(found).toEqual(["long:dead-letter queues", "short:queues", "short:retry"]);
  });

  it("matches case-insensitively unless told otherwise", () => {
    const cased = createPhraseMatcher({ tech: ["Go"] }, { isCaseSensitive: true });
    expect(cased.find(analyseText("Services in Go.").tokens)).toHaveLength(1);
    expect(cased.find(analyseText("Let it go.").tokens)).toHaveLength(0);
  });

  it("expands verb forms", () => {
    expect(expandForms(["build built", "fix"])).toEqual(["build", "built", "fix"]);
  });
});
