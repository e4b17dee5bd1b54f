// Lead dashboard and CSV export benchmark (`pnpm bench`). Not a test: prints numbers and
// PASS/FAIL against the budget in docs/architecture.md on the large demo (1,000 candidates × 50
// answers).
//
// Database: DATABASE_URL when set (the large demo is added if absent); otherwise an embedded
// PostgreSQL in BENCH_DATA_DIR (kept, so later runs skip seeding) or in a throwaway temp folder.
// Run with `--conditions=react-server` so the real tRPC caller loads (its modules import
// `server-only`, which is empty under that condition).
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb, findUserByEmail } from "@debrief/db";
import { LARGE_DEMO_LEAD_EMAIL, seedDemo, seedLargeDemo } from "@debrief/db/demo";
import superjson from "superjson";
import { handleCohortExport } from "~/server/cohort-csv";
import { createCaller } from "~/server/routers/root";
import { ms, percentile } from "./support";

const iterations = Math.max(50, Number(process.env.BENCH_ITERATIONS ?? 60));
const warmup = 5;
const budget = { dashboardP95Ms: 250, exportMs: 5_000, exportRssGrowthMb: 64 };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const databaseUrl = process.env.DATABASE_URL || undefined;
const keptDir = process.env.BENCH_DATA_DIR || undefined;
const throwawayDir =
  databaseUrl || keptDir ? undefined : await mkdtemp(path.join(tmpdir(), "debrief-lead-bench-"));
const dataDir = keptDir ?? throwawayDir ?? path.join(tmpdir(), "unused");

const started = performance.now();
const handle = await createDb({
  databaseUrl,
  dataDir,
  seed: (db) => seedDemo(db, { upTo: "history" }),
  logger: (message) => {
    if (process.env.BENCH_VERBOSE) console.log(`[db] ${message}`);
  },
});
let failed = false;
try {
  const summary = await seedLargeDemo(handle.db, { now: new Date() });
  console.log(
    `large demo ${summary.created ? "created" : "present"} (${((performance.now() - started) / 1000).toFixed(1)} s to ready): ` +
      `${summary.candidates} candidates, ${summary.answers} answers, ${summary.coachScores} coach scores, ${summary.assignments} assignments`,
  );
  const lead = await findUserByEmail(handle.db, LARGE_DEMO_LEAD_EMAIL);
  if (!lead) throw new Error("large demo lead missing");
  const caller = createCaller({ db: handle.db, userId: lead.id });
  const cohortId = summary.cohortId;

  // Reference: one plain scan-and-join of the cohort's answers, to read the numbers against
  // how loaded the machine is right now.
  const referenceTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await handle.db.execute(
      "select count(*) from answers a join scores e on e.answer_id = a.id and e.source = 'auto'",
    );
    referenceTimes.push(performance.now() - t);
  }
  referenceTimes.sort((a, b) => a - b);
  console.log(
    `machine: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}; reference answers⋈scores count p50 ${ms(percentile(referenceTimes, 50))}`,
  );

  // CSV export of every answer through the route's handler, reading the stream as a client
  // would, sampling RSS while it runs.
  // Runs first, on a quiet heap, so the growth it shows is its own.
  collectGarbage();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const sampler = setInterval(sample, 10);
  const exportStart = performance.now();
  const response = await handleCohortExport(
    new Request(`http://localhost/api/cohorts/${cohortId}/export.csv`),
    { db: handle.db, userId: lead.id, cohortId, now: new Date() },
  );
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
    sample();
  }
  const exportMs = performance.now() - exportStart;
  clearInterval(sampler);
  const growth = peakRss - before.rss;
  const rows = lines - 1;
  const exportOk =
    exportMs < budget.exportMs &&
    growth < budget.exportRssGrowthMb * 1024 * 1024 &&
    rows === summary.answers;
  failed ||= !exportOk;
  console.log(
    `CSV export: ${rows} rows, ${mb(bytes)} in ${ms(exportMs)}; peak RSS growth ${mb(growth)}, heap ${mb(peakHeap - before.heapUsed)} ` +
      `— budget < ${budget.exportMs / 1000} s, growth < ${budget.exportRssGrowthMb} MB, every answer: ${verdict(exportOk)}`,
  );
  // Dashboard: the real procedure (auth middleware re-reading memberships included), default
  // range (12 weeks) and threshold; serialisation measured on the side.
  for (let i = 0; i < warmup; i++) await caller.dashboard.cohort({ cohortId });
  const times: number[] = [];
  const serialiseTimes: number[] = [];
  let payloadBytes = 0;
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    const result = await caller.dashboard.cohort({ cohortId });
    times.push(performance.now() - t);
    const s = performance.now();
    payloadBytes = JSON.stringify(superjson.serialize(result)).length;
    serialiseTimes.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  serialiseTimes.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  const dashboardOk = p95 <= budget.dashboardP95Ms;
  failed ||= !dashboardOk;
  console.log(
    `dashboard.cohort × ${iterations}: p50 ${ms(percentile(times, 50))}, p95 ${ms(p95)}, max ${ms(times.at(-1) ?? Number.NaN)} ` +
      `(+ superjson p95 ${ms(percentile(serialiseTimes, 95))}, ${(payloadBytes / 1024).toFixed(0)} kB) ` +
      `— budget p95 ≤ ${budget.dashboardP95Ms} ms: ${verdict(dashboardOk)}`,
  );
} finally {
  await handle.close();
  if (throwawayDir) await rm(throwawayDir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
