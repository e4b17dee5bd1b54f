// One-off comparison of wink-nlp and compromise for the README: accuracy on the dev set and on
// hand-labelled tricky sentences, speed, and browser bundle size. compromise is no longer a
// dependency; to re-run: `pnpm --filter @debrief/core add -D compromise@14.17.0`, then
// `npx tsx bench/nlp-compare.ts` in packages/core, then remove it again.
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// esbuild comes with tsx; only the slice of its API used here is typed.
interface Bundler {
  build(options: Record<string, unknown>): Promise<{ outputFiles?: { contents: Uint8Array }[] }>;
}
interface CompromiseDoc {
  json(options: unknown): unknown;
  sentences(): { length: number };
}
type Analyse = (text: string) => { sentences: number; numbers: string[]; verbs: Set<string> };

const fixture = fileURLToPath(new URL("../fixtures/dev-set.jsonl", import.meta.url));
const answers = readFileSync(fixture, "utf8")
  .trim()
  .split("\n")
  .map((line) => (JSON.parse(line) as { answer: string }).answer);

// Hand-labelled sentence counts for text that trips naive splitters.
const tricky: [string, number][] = [
  ["I'm authorized to work in the U.S. and I'm based in Denver.", 1],
  ["We used SELECT ... FOR UPDATE SKIP LOCKED. It held up.", 2],
  ["Errors fell from 0.8% to 0.01%. Latency went from 2.4 s to 180 ms.", 2],
  ["I tried e.g. raising the pool size. It did nothing.", 2],
  ["p99 was 250 ms. The 5xx rate was 14%. Only writes failed.", 3],
  ["Dr. Smith reviewed it at 9:42 pm. We shipped at 10.", 2],
  ["It cost about $185k. Then we moved on.", 2],
  ["Why did it fail? Nobody knew! So I traced it.", 3],
  ["The v2.3.1 release broke it. I rolled back.", 2],
  ["We hit 8k QPS at peak, i.e. 3x our usual load. Nothing fell over.", 2],
];

const spelled = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "ninety",
  "hundred",
  "thousand",
  "million",
  "dozen",
]);
const concretePast = new Set([
  "built",
  "wrote",
  "designed",
  "added",
  "fixed",
  "moved",
  "rolled",
  "chose",
  "considered",
  "pulled",
  "proposed",
  "reproduced",
  "rewrote",
  "implemented",
  "partitioned",
  "generated",
  "migrated",
  "owned",
  "replaced",
  "changed",
  "ran",
  "found",
  "traced",
  "confirmed",
  "measured",
  "gathered",
]);

/** Gold numbers: digit runs and spelled-out numbers, found by exact string rules. */
function goldNumbers(text: string): string[] {
  const digits = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => spelled.has(w));
  return [...digits, ...words];
}

/** Gold first-person verbs: "I <past-tense concrete verb>". */
function goldVerbs(text: string): string[] {
  return [...text.matchAll(/\bI (\w+)/g)]
    .map((m) => (m[1] ?? "").toLowerCase())
    .filter((w) => concretePast.has(w));
}

async function loadWink(): Promise<Analyse> {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const numbers = values.filter((_, i) => types[i] === "number" || pos[i] === "NUM");
    const verbs = new Set(values.filter((_, i) => pos[i] === "VERB").map((v) => v.toLowerCase()));
    return { sentences: doc.sentences().length(), numbers, verbs };
  };
}

async function loadCompromise(): Promise<Analyse> {
  // A computed specifier keeps the typecheck green while compromise is not installed.
  const specifier: string = "compromise";
  const { default: nlp } = (await import(specifier)) as {
    default: (text: string) => CompromiseDoc;
  };
  return (text) => {
    const doc = nlp(text);
    const terms = doc.json({ terms: { tags: true } }) as {
      terms: { text: string; tags: string[] }[];
    }[];
    const flat = terms.flatMap((s) => s.terms);
    const numbers = flat
      .filter((t) => t.tags.includes("Value") || t.tags.includes("Cardinal"))
      .map((t) => t.text);
    const verbs = new Set(
      flat.filter((t) => t.tags.includes("Verb")).map((t) => t.text.toLowerCase()),
    );
    return { sentences: doc.sentences().length, numbers, verbs };
  };
}

function evaluate(name: string, analyse: Analyse) {
  let sentenceHits = 0;
  for (const [text, expected] of tricky)
    if (analyse(text).sentences === expected) sentenceHits += 1;
  let numberGold = 0;
  let numberFound = 0;
  let verbGold = 0;
  let verbFound = 0;
  for (const answer of answers) {
    const result = analyse(answer);
    const gold = goldNumbers(answer);
    numberGold += gold.length;
    const found = result.numbers.join(" ").toLowerCase();
    for (const n of gold) if (found.includes(n.toLowerCase())) numberFound += 1;
    const verbs = goldVerbs(answer);
    verbGold += verbs.length;
    for (const v of verbs) if (result.verbs.has(v)) verbFound += 1;
  }
  const text400 = answers.join(" ").split(/\s+/).slice(0, 400).join(" ");
  for (let i = 0; i < 30; i += 1) analyse(text400);
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const t0 = performance.now();
    analyse(text400);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(11)} tricky sentences ${sentenceHits}/${tricky.length}  numbers ${numberFound}/${numberGold} (${((100 * numberFound) / numberGold).toFixed(1)}%)  I+verb as VERB ${verbFound}/${verbGold} (${((100 * verbFound) / verbGold).toFixed(1)}%)  400 words p50 ${(times[100] ?? 0).toFixed(2)} ms p95 ${(times[190] ?? 0).toFixed(2)} ms`,
  );
}

async function measureBundle(name: string, source: string) {
  const tsxDir = realpathSync(fileURLToPath(new URL("../node_modules/tsx", import.meta.url)));
  const esbuild = createRequire(join(tsxDir, "package.json"))("esbuild") as Bundler;
  const entry = join(tmpdir(), `nlp-entry-${name}.mjs`);
  writeFileSync(entry, source);
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    nodePaths: [fileURLToPath(new URL("../node_modules", import.meta.url))],
  });
  const code = out.outputFiles?.[0]?.contents ?? new Uint8Array();
  console.log(
    `${name.padEnd(11)} browser bundle ${(code.length / 1024).toFixed(0)} kB minified, ${(gzipSync(code).length / 1024).toFixed(0)} kB gzipped`,
  );
}

let t0 = performance.now();
const wink = await loadWink();
wink("Warm up.");
console.log(`wink-nlp    load ${(performance.now() - t0).toFixed(0)} ms`);
t0 = performance.now();
const compromise = await loadCompromise();
compromise("Warm up.");
console.log(`compromise  load ${(performance.now() - t0).toFixed(0)} ms`);
evaluate("wink-nlp", wink);
evaluate("compromise", compromise);
await measureBundle(
  "wink-nlp",
  `import w from "wink-nlp"; import m from "wink-eng-lite-web-model"; export const n = w(m, ["sbd", "pos"]);`,
);
await measureBundle("compromise", `import nlp from "compromise"; export const n = nlp;`);
