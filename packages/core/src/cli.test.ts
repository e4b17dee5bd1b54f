import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

function runCli(input: string) {
  return spawnSync(tsx, ["src/cli.ts"], {
    cwd: packageDir,
    input,
    encoding: "utf8",
    timeout: 120_000,
  });
}

// Spawning tsx takes seconds on a busy machine; these tests wait for it.
const timeout = 60_000;

describe("score CLI (end to end)", () => {
  it(
    "writes one line per answer, in input order, and exits 0",
    () => {
      const ids = ["z", "a", "m", "b", "y"];
      const input = ids
        .map((id, i) =>
          JSON.stringify({
            id,
            kind: i % 2 === 0 ? "intro" : "debugging",
            prompt: "Tell me.",
            answer: `Answer number ${i}: I fixed the cache and p99 dropped from 900 ms to 120 ms.`,
          }),
        )
        .join("\n");
      const result = runCli(`${input}\n`);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      const lines = result.stdout.trim().split("\n");
      expect(lines.map((l) => JSON.parse(l).id)).toEqual(ids);
      for (const l of lines)
        expect(Object.keys(JSON.parse(l))).toEqual(["id", "overall", "dimensions", "flags"]);
    },
    timeout,
  );

  it(
    "reports malformed lines on stderr with their line numbers, scores the rest and exits non-zero",
    () => {
      const input = [
        JSON.stringify({ id: 1, kind: "intro", prompt: "p", answer: "I'm an engineer." }),
        "{broken",
        "",
        JSON.stringify({ id: 2, kind: "poem", prompt: "p", answer: "x" }),
        JSON.stringify({
          id: 3,
          kind: "logistics",
          prompt: "Where are you based?",
          answer: "Berlin, open to hybrid.",
        }),
      ].join("\n");
      const result = runCli(input);
      expect(result.status).not.toBe(0);
      expect(
        result.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l).id),
      ).toEqual([1, 3]);
      expect(result.stderr).toMatch(/line 2: invalid JSON/);
      expect(result.stderr).toMatch(/line 4: unknown kind "poem"/);
    },
    timeout,
  );
});
