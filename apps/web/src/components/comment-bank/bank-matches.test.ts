import { describe, expect, test } from "vitest";
import { fragmentAt, insertEntry, matchEntries } from "./bank-matches";

const entries = [
  { text: "Say what you measured.", usageCount: 3 },
  { text: "Name the trade-off you rejected.", usageCount: 1 },
];

describe("bank matches", () => {
  test("the fragment is what was typed since the last sentence or line", () => {
    expect(fragmentAt("Good story. say wh", 18)).toEqual({ start: 12, query: "say wh" });
    expect(fragmentAt("line one\n  tra", 14)).toEqual({ start: 11, query: "tra" });
    expect(fragmentAt("me", 2)).toEqual({ start: 0, query: "me" });
  });

  test("matches every word, case-insensitively, only from two letters", () => {
    expect(matchEntries(entries, "m")).toEqual([]);
    expect(matchEntries(entries, "MEAS").map((e) => e.usageCount)).toEqual([3]);
    expect(matchEntries(entries, "you the").map((e) => e.usageCount)).toEqual([1]);
  });

  test("insertion replaces the fragment and leaves the rest", () => {
    expect(insertEntry("Good story. say wh", { start: 12 }, 18, "Say what you measured.")).toEqual({
      text: "Good story. Say what you measured.",
      caret: 34,
    });
    expect(insertEntry("meas\nNext.", { start: 0 }, 4, "Say what you measured.")).toEqual({
      text: "Say what you measured.\nNext.",
      caret: 22,
    });
  });
});
