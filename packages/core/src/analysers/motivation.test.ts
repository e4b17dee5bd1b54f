import { describe, expect, it } from "vitest";
import { scored } from "../testing/scored.ts";
import { createContext } from "./context.ts";
import { analyseMotivation } from "./motivation.ts";

const generic = `I've been a huge fan of the company for years. The mission of making travel easier is one of the most important things anyone can work on, and I want to be part of something bigger than myself. The culture seems amazing, everyone I've met is super smart and passionate, and I love that you move fast. I'm a fast learner and adaptable, so I'm confident I can contribute wherever I'm needed. It would be a dream to work somewhere where what I do actually matters.`;

const specific = `Two reasons. First, your team is moving the booking API from a nightly batch sync with airlines to streaming updates, and that is exactly the work I want next. At my current company I own the Kafka consumers that ingest about 30 million price events a day, and I cut consumer lag from 12 minutes to under 40 seconds by batching writes to Postgres. Second, the posting mentions exactly-once delivery for payments, which I have only done with idempotency keys, so I would bring that and learn the rest from the team.`;

describe("analyseMotivation", () => {
  it("counts mission enthusiasm and ties to the role", () => {
    const result = analyseMotivation(createContext("motivation", "", generic));
    expect(result.missionMentions).toBeGreaterThanOrEqual(4);
    expect(result.roleTies).toBe(0);
  });

  it("flags generic motivation and rewards motivation tied to the engineering work", () => {
    const vague = scored({ kind: "motivation", prompt: "Why us?", answer: generic });
    const tied = scored({ kind: "motivation", prompt: "Why us?", answer: specific });
    expect(vague.flags).toContain("generic_motivation");
    expect(tied.flags).not.toContain("generic_motivation");
    expect(tied.overall).toBeGreaterThan(vague.overall + 30);
  });

  it("counts stock self-descriptions and scores them below a plain one", () => {
    const cliched = `I'm a backend engineer at Tessel, where I've spent four years on the billing APIs, mostly Go on Postgres. I'm a team player, a fast learner and really detail-oriented, and I'm hard-working. Recently I moved invoice generation to a queue of workers, which cut the nightly run from 50 minutes to 6. I'm interested in this role because your team is rebuilding payments on an event log, which is the work I want to do next, and I'd bring the batching and retry work I did on invoices.`;
    const plain = cliched.replace(
      " I'm a team player, a fast learner and really detail-oriented, and I'm hard-working.",
      " I'm good at making slow batch jobs fast and safe to retry.",
    );
    const result = analyseMotivation(createContext("intro", "", cliched));
    expect(result.cliches).toBeGreaterThanOrEqual(4);
    // Which dimension pays is learned from the labelled answers (today mostly ownership and
    // depth: the stock words stand where the candidate's own work should be).
    expect(scored({ kind: "intro", prompt: "", answer: cliched }).overall).toBeLessThan(
      scored({ kind: "intro", prompt: "", answer: plain }).overall,
    );
  });
});
