import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse-text.ts";
import { createPhraseMatcher, createWordClasses, expandForms } from "./phrase-matcher.ts";

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

  it("matches only inside the range it is given", () => {
    const { tokens } = analyseText("We added dead-letter queues.");
    // "dead-letter queues" would run past `to`; nothing shorter starts there.
    expect(matcher.find(tokens, 0, 4)).toEqual([]);
    expect(matcher.find(tokens, 5).map((m) => m.phrase)).toEqual(["queues"]);
    expect(matcher.find(tokens, 2, 6).map((m) => m.phrase)).toEqual(["dead-letter queues"]);
  });

  it("gives each token array its own matches when several are searched in turn", () => {
    const texts = ["retry the queues", "no match here", "one retry", "queues queues"];
    const arrays = texts.map((text) => analyseText(text).tokens);
    const expected = [["retry", "queues"], [], ["retry"], ["queues", "queues"]];
    for (let round = 0; round < 3; round += 1) {
      arrays.forEach((tokens, i) => {
        expect(matcher.find(tokens).map((m) => m.phrase)).toEqual(expected[i]);
      });
    }
  });

  it("matches with a matcher created after others were used", () => {
    const { tokens } = analyseText("We added dead-letter queues.");
    expect(matcher.find(tokens)).toHaveLength(1);
    const later = createPhraseMatcher({ verb: ["added"], phrase: ["dead-letter"] });
    expect(later.find(tokens).map((m) => `${m.category}:${m.phrase}`)).toEqual([
      "verb:added",
      "phrase:dead-letter",
    ]);
    expect(matcher.find(tokens)).toHaveLength(1);
  });

  it("looks words up in several lists at once, case-insensitively", () => {
    const classes = createWordClasses([
      ["i", "we"],
      ["built", "we"],
    ]);
    const { tokens } = analyseText("We built it, I think.");
    expect(tokens.map((_, i) => classes.of(tokens, i))).toEqual([3, 2, 0, 0, 1, 0, 0]);
  });

  it("expands verb forms", () => {
    expect(expandForms(["build built", "fix"])).toEqual(["build", "built", "fix"]);
  });
});
