import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse-text.ts";

// wink-nlp's cache learns words as it reads them, and a possessive it has seen whole stays
// whole afterwards. The engine must give the same tokens whatever the process read before.
describe("analysis does not depend on earlier texts", () => {
  it("tokenises a possessive the same before and after the word was seen", () => {
    const text = "My zorblax's job is in Lisbon, so I can start in May.";
    const before = analyseText(text).tokens.map((t) => [t.text, t.pos]);
    // A possessive before a comma is kept whole, and from then on wink knows the whole word.
    analyseText("We moved our customers to a zorblax's, so the team shrank.");
    const after = analyseText(text).tokens.map((t) => [t.text, t.pos]);
    expect(after).toEqual(before);
    expect(before.map(([word]) => word)).toContain("'s");
  });
});
