import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseHedges } from "./hedges.ts";

const hedge = (text: string) => analyseHedges(createContext("intro", "", text));

describe("analyseHedges", () => {
  it("finds hedges and filler, including a comma-wrapped 'like'", () => {
    const result = hedge(
      "Um, I guess it was kind of a memory thing, like, maybe a leak or something.",
    );
    expect(result.hedges.map((m) => m.phrase)).toEqual(
      expect.arrayContaining(["um", "i guess", "kind of", ", like ,", "maybe", "or something ."]),
    );
    expect(result.density).toBeGreaterThan(20);
  });

  it("reads 'kind of' as a hedge only when it softens a word, not in 'the kind of work'", () => {
    expect(hedge("It was the kind of work I enjoy, a different sort of problem.").hedges).toEqual(
      [],
    );
    expect(hedge("What kind of cache was it?").hedges).toEqual([]);
    expect(
      hedge("It was kind of slow and I sort of rushed it.").hedges.map((m) => m.phrase),
    ).toEqual(["kind of", "sort of"]);
  });

  it("leaves plain statements alone", () => {
    const result = hedge("I moved the refund call outside the transaction and added a test.");
    expect(result.hedges).toHaveLength(0);
    expect(result.density).toBe(0);
  });

  it("does not mistake a comparison for filler", () => {
    expect(hedge("Tools like Redis and Kafka.").hedges).toHaveLength(0);
  });

  it("finds tangents", () => {
    expect(
      hedge("Side note, anyway, I'll come back to that.").tangents.length,
    ).toBeGreaterThanOrEqual(2);
  });
});
