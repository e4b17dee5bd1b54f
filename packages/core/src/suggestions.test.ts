import { describe, expect, it } from "vitest";
import { scoreAnswer } from "./score-answer.ts";
import { shortenQuote } from "./suggestions.ts";
import { scored } from "./testing/scored.ts";

/** Every 'quoted' span in a suggestion must be the candidate's own words. */
function expectQuotesFromAnswer(suggestions: string[], answer: string) {
  const flat = answer.replace(/\s+/g, " ");
  for (const suggestion of suggestions) {
    for (const match of suggestion.matchAll(/'([^']+?)'(?=[:\s;,)]|$)/g)) {
      const quote = (match[1] ?? "").replace(/…$/, "");
      expect(flat).toContain(quote);
    }
  }
}

const weStory = `At a travel site we had to change how search results were cached after product asked for live prices. We had several meetings with product, the data team and infra about it. We decided to cache prices for five minutes instead of an hour, and we agreed to show a small refresh notice. We built the change over a few weeks and we rolled it out to all users. We improved reliability a lot and we were happy with the result. It went well overall and it was a good example of working across teams, and we learned a lot.`;

describe("suggestions", () => {
  it("gives at most five short suggestions", () => {
    const { suggestions } = scored({ kind: "cross_functional", prompt: "", answer: weStory });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    for (const s of suggestions) expect(s.length).toBeLessThan(200);
  });

  it("puts the most valuable fix first: ownership weighs 20 in a cross-functional answer", () => {
    const { suggestions, flags } = scored({
      kind: "cross_functional",
      prompt: "",
      answer: weStory,
    });
    expect(flags).toContain("hidden_ownership");
    expect(suggestions[0]).toMatch(/yourself/);
  });

  it("quotes the candidate's own words", () => {
    const { suggestions } = scored({ kind: "cross_functional", prompt: "", answer: weStory });
    expect(suggestions.some((s) => s.startsWith("You wrote '"))).toBe(true);
    expectQuotesFromAnswer(suggestions, weStory);
  });

  it("names the logistics items left unanswered", () => {
    const answer =
      "I'm based in Lisbon and happy to work remote or hybrid, ideally two days a week in the office, and I can travel for planning weeks.";
    const { suggestions } = scored({
      kind: "logistics",
      prompt: "Do you need sponsorship, where are you based, and what salary are you looking for?",
      answer,
    });
    expect(suggestions.join(" ")).toMatch(/work authorization/);
    expect(suggestions.join(" ")).toMatch(/compensation/);
  });

  it("does not suggest what the answer already does well", () => {
    const answer = `I'll walk through the job queue rewrite I led at a payroll company last year. Our old queue lived in Redis, and when a node restarted we lost jobs, so some payslips were never generated. I owned the design and most of the code. I considered Kafka and a Postgres table; I chose the table because our peak was 40 jobs a second and the team already ran Postgres well. The cost was a hot table with heavy writes; to limit that, I partitioned it by day. I wrote the worker that claims jobs with SELECT ... FOR UPDATE SKIP LOCKED, and I added a unique key on the payslip id so a retried job cannot run twice. We moved traffic over one customer at a time. Errors went from 2% to 0.1% and p99 from 900 ms to 120 ms. Next time I would load test the partitioning before the first customer moved.`;
    const { suggestions, dimensions } = scored({ kind: "deep_dive", prompt: "", answer });
    // All four parts of the tradeoff are there (alternative, reason, cost, how it was limited):
    // nothing asks for them again.
    expect(dimensions.tradeoffs).toBeGreaterThanOrEqual(2);
    expect(suggestions.join(" ")).not.toMatch(
      /option you rejected|what your choice cost|limited or softened/,
    );
  });

  it("asks for an answer when there is none", () => {
    expect(scoreAnswer({ kind: "intro", prompt: "", answer: "" })).toMatchObject({
      status: "unscorable",
      message: "Write an answer first: the feedback reads your own words.",
    });
  });

  it("shortens long quotes on a word boundary", () => {
    const long =
      "we spent a long time looking at every dashboard we had before deciding what to do next";
    const short = shortenQuote(long);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});
