import { describe, expect, it } from "vitest";
import { nextUngradedIndex, reviewByQuestionHref } from "./grade-by-question-links";

// An attempt is graded once its review is submitted ("reviewed", or held for publishing).
const of = (...statuses: string[]) =>
  statuses.map((status) => ({ isGraded: status === "reviewed" || status === "held" }));

describe("nextUngradedIndex", () => {
  it("finds the next ungraded attempt after the current one, going round to the start", () => {
    expect(nextUngradedIndex(of("submitted", "reviewed", "in_review"), 0)).toBe(2);
    expect(nextUngradedIndex(of("submitted", "reviewed", "reviewed"), 2)).toBe(0);
  });
  it("never offers the current attempt, and is null when the rest are graded", () => {
    expect(nextUngradedIndex(of("reviewed", "submitted", "reviewed"), 1)).toBeNull();
    expect(nextUngradedIndex(of("submitted"), 0)).toBeNull();
    expect(nextUngradedIndex([], 0)).toBeNull();
  });
});

describe("reviewByQuestionHref", () => {
  it("carries the set and the question to the review page", () => {
    expect(reviewByQuestionHref("a", "s", "q")).toBe("/coach/review/a?set=s&question=q");
  });
});
