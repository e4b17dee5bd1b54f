import { readFileSync } from "node:fs";
import { analyseText } from "../src/nlp/analyse-text.ts";
import { scoreAnswer } from "../src/index.ts";
const rows = readFileSync("fixtures/dev-set.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l) as { answer: string });
const text = rows.map((r) => r.answer).join(" ").split(/\s+/).slice(0, 400).join(" ");
for (let k = 0; k < 3; k++) {
  let t0 = performance.now();
  for (let i = 0; i < 1000; i++) analyseText(text);
  const a = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (let i = 0; i < 1000; i++) scoreAnswer({ kind: "deep_dive", prompt: "Tell me", answer: text });
  console.log("analyseText", a.toFixed(3), "scoreAnswer", ((performance.now() - t0) / 1000).toFixed(3));
}
