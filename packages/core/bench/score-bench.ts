// Throughput and latency of scoreAnswer on realistic texts built from dev-set sentences.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreAnswer } from "../src/index.ts";

const fixture = fileURLToPath(new URL("../fixtures/dev-set.jsonl", import.meta.url));
const rows = readFileSync(fixture, "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { answer: string });
const sentences = rows
  .flatMap((row) => row.answer.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 0);

/** Deterministic text of about `words` words, starting at a given sentence. */
function composeText(words: number, seed: number): string {
  const parts: string[] = [];
  let count = 0;
  let i = (seed * 7919) % sentences.length;
  while (count < words) {
    const sentence = sentences[i % sentences.length] ?? "";
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
    i += 13;
  }
  return parts.join(" ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const budget = { p95Ms: 2, perSecond: 1000 };
const kinds = ["deep_dive", "debugging", "intro"] as const;
scoreAnswer({ kind: "deep_dive", prompt: "", answer: "warm up the model." });

let isPass = true;
for (const words of [100, 400, 1500]) {
  const texts = Array.from({ length: 40 }, (_, seed) => composeText(words, seed));
  for (let i = 0; i < 200; i += 1)
    scoreAnswer({
      kind: kinds[i % 3] ?? "deep_dive",
      prompt: "",
      answer: texts[i % texts.length] ?? "",
    });
  const iterations = words >= 1500 ? 600 : 2000;
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) {
    const t0 = performance.now();
    scoreAnswer({
      kind: kinds[i % 3] ?? "deep_dive",
      prompt: "Tell me about a project.",
      answer: texts[i % texts.length] ?? "",
    });
    latencies.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const perSecond = (iterations / elapsed) * 1000;
  const p50 = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  let verdict = "";
  if (words === 400) {
    const ok = p95 <= budget.p95Ms && perSecond >= budget.perSecond;
    isPass = ok;
    verdict = `  budget p95 ≤ ${budget.p95Ms} ms and ≥ ${budget.perSecond}/s: ${ok ? "PASS" : "FAIL"}`;
  }
  console.log(
    `${String(words).padStart(5)} words: ${perSecond.toFixed(0).padStart(6)} answers/s  p50 ${p50.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms${verdict}`,
  );
}
console.log(isPass ? "PASS" : "FAIL");
