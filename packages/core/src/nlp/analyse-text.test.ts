import { describe, expect, it } from "vitest";
import { analyseText, tokenisePhrase } from "./analyse-text.ts";

describe("analyseText", () => {
  it("gives exact offsets for every token", () => {
    const text =
      "I'm at Acme — p99 went from 250 ms to 40 ms.  We’d shipped it.\n\n- bullet one 🚀";
    const { tokens } = analyseText(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) {
      expect(token.end).toBeGreaterThan(token.start);
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it("keeps exact offsets across non-breaking spaces, tabs and Windows line breaks", () => {
    const text = "I\u00a0built it. We\t shipped\u2003it.\r\n\r\nThen I left\u202fearly. Café ﬁx";
    const { tokens, sentences } = analyseText(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toContain("shipped");
    expect(sentences).toHaveLength(4);
  });

  it("splits subject contractions so 'I' is always its own token", () => {
    const { tokens } = analyseText("I'm here. I’ve built it. I'd do it again.");
    expect(tokens.filter((t) => t.lower === "i")).toHaveLength(3);
  });

  it("ends sentences at punctuation and at line breaks", () => {
    const { sentences } = analyseText("First point. Second point.\n- a bullet\n- another bullet");
    expect(sentences).toHaveLength(4);
  });

  it.each([
    ["I'm authorized to work in the U.S. and I'm based in Denver.", 1],
    ["We used SELECT ... FOR UPDATE SKIP LOCKED. It held up.", 2],
    ["Errors fell from 0.8% to 0.01%. Latency went from 2.4 s to 180 ms.", 2],
    ["I tried e.g. raising the pool size. It did nothing.", 2],
    ["Dr. Smith reviewed it at 9:42 pm. We shipped at 10.", 2],
    ["The v2.3.1 release broke it. I rolled back.", 2],
    ['He said "ship it." Then we did.', 2],
    ["Why did it fail? Nobody knew! So I traced it.", 3],
    ["I rolled back.\tThen I traced it.", 2],
  ])("splits %j into %i sentence(s)", (text, expected) => {
    expect(analyseText(text).sentences).toHaveLength(expected);
  });

  it("tags numbers and verbs", () => {
    const { tokens } = analyseText("I fixed the loader and saved 40 minutes.");
    expect(tokens.find((t) => t.text === "40")?.type).toBe("number");
    expect(tokens.find((t) => t.text === "fixed")?.pos).toBe("VERB");
  });

  it("returns nothing for blank text", () => {
    expect(analyseText("   \n ").tokens).toEqual([]);
  });

  it("tokenises lexicon phrases like answers", () => {
    expect(tokenisePhrase("dead-letter queues")).toEqual(["dead", "-", "letter", "queues"]);
  });
});
