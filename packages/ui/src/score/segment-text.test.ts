import { describe, expect, it } from "vitest";
import { isUsableRange, segmentText } from "./segment-text.ts";

type R = { id: string; start: number; end: number };
const r = (id: string, start: number, end: number): R => ({ id, start, end });

/** [text, ids] per segment: compact and exact. */
function shape(text: string, ranges: R[]) {
  return segmentText(text, ranges).map((s) => [s.text, s.ranges.map((x) => x.id).join(",")]);
}

describe("segmentText", () => {
  it("returns the whole text as one plain segment when there are no ranges", () => {
    expect(segmentText("Hello", [])).toEqual([{ start: 0, end: 5, text: "Hello", ranges: [] }]);
  });

  it("returns nothing for empty text", () => {
    expect(segmentText("", [r("a", 0, 0)])).toEqual([]);
  });

  it("cuts exactly at [start, end) offsets", () => {
    const text = "I designed the cache.";
    const segments = segmentText(text, [r("a", 2, 10)]);
    expect(segments.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 2, "I "],
      [2, 10, "designed"],
      [10, 21, " the cache."],
    ]);
  });

  it("splits overlapping ranges into segments that carry every covering range", () => {
    //            0123456789012345
    const text = "abcdefghijklmnop";
    expect(shape(text, [r("a", 0, 10), r("b", 5, 15)])).toEqual([
      ["abcde", "a"],
      ["fghij", "a,b"],
      ["klmno", "b"],
      ["p", ""],
    ]);
  });

  it("handles nested and touching ranges", () => {
    const text = "0123456789";
    expect(shape(text, [r("outer", 1, 9), r("inner", 3, 5), r("next", 9, 10)])).toEqual([
      ["0", ""],
      ["12", "outer"],
      ["34", "outer,inner"],
      ["5678", "outer"],
      ["9", "next"],
    ]);
  });

  it("keeps identical ranges as separate items on one segment", () => {
    expect(shape("abcd", [r("x", 1, 3), r("y", 1, 3)])).toEqual([
      ["a", ""],
      ["bc", "x,y"],
      ["d", ""],
    ]);
  });

  it("ignores empty, reversed, out-of-range and non-integer ranges without losing text", () => {
    const text = "short answer";
    const bad = [
      r("empty", 3, 3),
      r("reversed", 6, 2),
      r("negative", -1, 4),
      r("past-end", 6, 99),
      r("nan", Number.NaN, 4),
      r("fraction", 1.5, 4),
    ];
    expect(segmentText(text, bad)).toEqual([{ start: 0, end: 12, text, ranges: [] }]);
    expect(shape(text, [...bad, r("ok", 0, 5)])).toEqual([
      ["short", "ok"],
      [" answer", ""],
    ]);
  });

  it("always reassembles to the original text", () => {
    const text = "We shipped it.\nThen I measured p99: 120 ms → 40 ms.";
    const ranges = [r("a", 0, 14), r("b", 3, 30), r("c", 15, 51), r("d", 40, 45), r("e", 0, 51)];
    expect(
      segmentText(text, ranges)
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("never splits a surrogate pair", () => {
    const text = "ok 😀 done"; // the emoji is two UTF-16 units at 3 and 4
    const segments = segmentText(text, [r("a", 0, 4)]);
    expect(segments.map((s) => s.text)).toEqual(["ok 😀", " done"]);
  });
});

describe("isUsableRange", () => {
  it("accepts a range ending exactly at the text length", () => {
    expect(isUsableRange({ start: 0, end: 5 }, 5)).toBe(true);
    expect(isUsableRange({ start: 0, end: 6 }, 5)).toBe(false);
  });
});
