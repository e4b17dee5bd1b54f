// Throughput and latency of scoreAnswer on realistic texts built from dev-set sentences.
//
// What is measured: CPU time of this process (process.cpuUsage, user + system) around each
// scoreAnswer call, so time spent descheduled on a busy machine does not count, while garbage
// collection and compilation on V8's helper threads do (a conservative figure for "one core").
// Wall time is printed beside it for reference. Each size first runs a warm-up long enough for
// V8 to optimise the hot paths, then a timed run over many distinct texts and every question
// kind, each answer scored with a prompt of its kind (logistics answers also analyse theirs).
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { type QuestionKind, questionKinds, scoreAnswer } from "../src/index.ts";

interface Row {
  kind: QuestionKind;
  prompt: string;
  answer: string;
}

const fixture = fileURLToPath(new URL("../fixtures/dev-set.jsonl", import.meta.url));
const rows = readFileSync(fixture, "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Row);
const sentences = rows
  .flatMap((row) => row.answer.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 0);
const promptOf = new Map<QuestionKind, string>();
for (const row of rows) if (!promptOf.has(row.kind)) promptOf.set(row.kind, row.prompt);

/** Deterministic text of about `words` words; each seed starts and strides differently. */
function composeText(words: number, seed: number): string {
  const parts: string[] = [];
  let count = 0;
  let i = (seed * 7919) % sentences.length;
  const stride = 13 + 2 * (seed % 11);
  while (count < words) {
    const sentence = sentences[i % sentences.length] ?? "";
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
    i += stride;
  }
  return parts.join(" ");
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const budget = { words: 400, p95Ms: 2, perSecond: 1000 };
const sizes = [
  { words: 100, warmup: 1500, iterations: 4000 },
  { words: 400, warmup: 1500, iterations: 3000 },
  { words: 1500, warmup: 400, iterations: 1000 },
];
const distinctTexts = 120;

console.log(
  `node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${availableParallelism()} cores`,
);
let isPass = true;
for (const size of sizes) {
  const inputs = Array.from({ length: distinctTexts }, (_, seed) => {
    const kind = questionKinds[seed % questionKinds.length] ?? "deep_dive";
    return { kind, prompt: promptOf.get(kind) ?? "", answer: composeText(size.words, seed) };
  });
  const inputAt = (i: number) =>
    inputs[i % inputs.length] ?? { kind: "intro", prompt: "", answer: "" };
  for (let i = 0; i < size.warmup; i += 1) scoreAnswer(inputAt(i));

  const cpu: number[] = [];
  const wall: number[] = [];
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < size.iterations; i += 1) {
    const input = inputAt(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    scoreAnswer(input);
    wall.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const elapsedMs = performance.now() - started;
  const cpuTotal = process.cpuUsage(cpuStarted);
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  // Throughput over the whole timed run, measurement overhead included.
  const cpuPerSecond = size.iterations / ((cpuTotal.user + cpuTotal.system) / 1e6);
  const wallPerSecond = size.iterations / (elapsedMs / 1000);
  const cpuP95 = percentile(cpu, 0.95);
  console.log(
    `${String(size.words).padStart(5)} words  cpu: ${cpuPerSecond.toFixed(0).padStart(5)} answers/s  p50 ${percentile(cpu, 0.5).toFixed(3)} ms  p95 ${cpuP95.toFixed(3)} ms` +
      `  | wall: ${wallPerSecond.toFixed(0).padStart(5)} answers/s  p50 ${percentile(wall, 0.5).toFixed(3)} ms  p95 ${percentile(wall, 0.95).toFixed(3)} ms`,
  );
  if (size.words === budget.words) {
    isPass = cpuP95 <= budget.p95Ms && cpuPerSecond >= budget.perSecond;
    console.log(
      `        budget for ${budget.words} words (p95 ≤ ${budget.p95Ms} ms, ≥ ${budget.perSecond} answers/s on one core, CPU time): ${isPass ? "PASS" : "FAIL"}`,
    );
  }
}
console.log(isPass ? "PASS" : "FAIL");
process.exitCode = isPass ? 0 : 1;
