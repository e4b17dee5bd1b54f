import { describe, expect, it } from "vitest";
import { analyseComponents } from "./components.ts";
import { createContext } from "./context.ts";

const depthOf = (text: string, buzz = new Set<number>()) =>
  analyseComponents(createContext("deep_dive", "", text), buzz);

describe("analyseComponents", () => {
  it("finds named components, technologies and mechanisms", () => {
    const result = depthOf(
      "The API wrote to a Postgres table, a relay published outbox rows to Kafka, and the consumer deduped on an idempotency key enforced by a unique index. Redis cached the reads.",
    );
    expect(result.distinctMechanisms).toBeGreaterThanOrEqual(2);
    expect(result.score).toBeGreaterThanOrEqual(3);
    expect(result.evidence.some((e) => e.tag === "mechanism")).toBe(true);
  });

  it("gives a status report with no technology nothing", () => {
    const result = depthOf(
      "I aligned stakeholders, set up weekly syncs and kept leadership informed until we delivered on time.",
    );
    expect(result.score).toBe(0);
  });

  it("credits plain-language system descriptions", () => {
    const result = depthOf(
      "Each answer is saved to a small database on the phone. When the upload is retried the server sees the same ID and ignores the copy, and the report only completes once every photo has arrived.",
    );
    expect(result.score).toBeGreaterThanOrEqual(1);
  });

  it("discounts components named only in buzzword sentences", () => {
    const text = "I added queues, caches, retries and a service mesh everywhere.";
    const plain = depthOf(text);
    const buzzed = depthOf(text, new Set([0]));
    expect(buzzed.score).toBeLessThanOrEqual(plain.score);
  });

  it("knows frontend performance and storage vocabulary", () => {
    const frontend = depthOf(
      "INP was 450 ms because long tasks blocked the main thread, so I deferred hydration, split the bundle with code splitting and cached assets in a service worker.",
    );
    expect(frontend.mentions.map((m) => m.phrase)).toEqual(
      expect.arrayContaining([
        "inp",
        "long tasks",
        "deferred hydration",
        "code splitting",
        "service worker",
      ]),
    );
    expect(frontend.score).toBeGreaterThanOrEqual(2);
    const storage = depthOf(
      "I moved cold objects to Reed-Solomon erasure coding, lowered the replication factor from 3, and tuned compaction so the WAL stopped backing up on the storage nodes.",
    );
    expect(storage.mentions.map((m) => m.phrase)).toEqual(
      expect.arrayContaining(["erasure coding", "replication factor", "compaction", "wal"]),
    );
    expect(storage.distinctMechanisms).toBeGreaterThanOrEqual(3);
  });

  it("does not mistake 'Go' the verb for the language", () => {
    expect(depthOf("Let it go.").mentions).toHaveLength(0);
    expect(depthOf("We rewrote it in Go.").mentions).toHaveLength(1);
  });
});
