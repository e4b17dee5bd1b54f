import { describe, expect, it } from "vitest";
import { countWords, createContext, quoteSentence, tokenEvidence } from "./context.ts";

describe("countWords", () => {
  it("counts whitespace-separated chunks with a letter or digit", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("one")).toBe(1);
    expect(countWords("  I'm   here — p99 at 40 ms!  ")).toBe(6);
    expect(countWords("🚀 🚀 shipped")).toBe(1);
    expect(countWords("J'ai conçu le service")).toBe(4);
  });

  it("splits on every Unicode space and sees letters beyond ASCII", () => {
    expect(countWords("one\u00a0two\u2003three\u3000four\r\nfive\tsix")).toBe(6);
    expect(countWords("你好 мир ٣ 𝒳 — … 🚀")).toBe(4);
    expect(countWords("\u200b \ufeff")).toBe(0);
  });
});

describe("evidence helpers", () => {
  it("build ranges that slice to the exact text", () => {
    const ctx = createContext("intro", "", "Hello there. I built the cache.");
    const e = tokenEvidence(ctx, 3, 6, "ownership", "supports", "x", "y");
    expect(e && ctx.text.slice(e.start, e.end)).toBe("I built the");
    expect(quoteSentence(ctx, 1)).toBe("I built the cache.");
    expect(tokenEvidence(ctx, 99, 100, "ownership", "supports", "x", "y")).toBeUndefined();
  });
});
