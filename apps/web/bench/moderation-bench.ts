
import { cpus, loadavg, } from "node:os";
import { performance } from "node:perf_hooks";
import { type DbHandle, listModeration } from "@debrief/db";
import { doubleScoringRouter } from "../src/server/routers/double-scoring";
import { moderationRouter } from "../src/server/routers/moderation";
import { createCallerFactory, router } from "../src/server/trpc";
import { capture, ms, openThrowawayDatabase, percentile, pool, rows } from "./support";

const candidates = 1_000;
const answersPerCandidate = 50;
const coachCount = 8;
const ratePercent = 10;
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const warmup = Number(process.env.BENCH_WARMUP ?? 20);
const budget = { moderationP95Ms: 50 };
const overallTimeoutMs = 6 * 60_000;

// The same bucket as packages/db's sampling (md5 of the id, first 28 bits, mod 100).
const bucket = (column: string) =>
  `((('x' || substr(md5(${column}::text), 1, 7))::bit(28)::int) % 100)`;
const dims = [
  "structure",
  "ownership",
  "specificity",
  "depth",
  "tradeoffs",
  "impact",
  "reflection",
  "delivery",
];

async function fill(handle: DbHandle) {
  const started = performance.now();
  const total = candidates * answersPerCandidate;
  await pool(handle).query(`
    insert into organisations (name) values ('Moderation bench');
    insert into cohorts (organisation_id, name, double_scoring_rate, double_scoring_since)
      select id, 'Bench cohort', ${ratePercent}, now() - interval '400 days'
      from organisations where name = 'Moderation bench';
    insert into users (email, name)
      select 'lead@bench.test', 'Bench Lead' union all
      select 'coach-' || c || '@bench.test', 'Coach ' || c from generate_series(1, ${coachCount}) as c
      union all
      select 'cand-' || k || '@bench.test', 'Candidate ' || k from generate_series(1, ${candidates}) as k;
    create temporary table bench_cohort as select id from cohorts where name = 'Bench cohort';
    insert into memberships (user_id, cohort_id, role)
      select u.id, (select id from bench_cohort),
        (case when u.email = 'lead@bench.test' then 'lead'
              when u.email like 'coach-%' then 'coach' else 'candidate' end)::membership_role
      from users u where u.email like '%@bench.test';
    create temporary table bench_candidates as
      select id, row_number() over (order by email) - 1 as k from users where email like 'cand-%@bench.test';
    create temporary table bench_coaches as
      select id, row_number() over (order by email) - 1 as c from users where email like 'coach-%@bench.test';
    create temporary table bench_questions as
      select id, kind, row_number() over (order by slug) - 1 as n from questions where slug is not null;
    insert into answers (candidate_id, question_id, cohort_id, attempt, body, word_count, status,
        idempotency_key, submitted_at, reviewed_at, version)
      select bc.id, q.id, (select id from bench_cohort), i, 'Bench answer ' || i, 40 + (i * 7919 % 700),
        'reviewed', 'bench-' || i,
        now() - ((i * 7) % 360) * interval '1 day' - (i % 1440) * interval '1 minute',
        now() - ((i * 7) % 360) * interval '1 day' + interval '6 hours', 2
      from generate_series(1, ${total}) as i
      join bench_candidates bc on bc.k = (i - 1) % ${candidates}
      join bench_questions q on q.n = (i - 1) % (select count(*) from bench_questions);
    create temporary table bench_answers as
      select a.id, a.submitted_at, abs(hashtext(a.id::text)) as h,
        row_number() over (order by a.id) as r
      from answers a where a.idempotency_key like 'bench-%';
    insert into scores (answer_id, source, overall, ${dims.join(", ")}, flags, engine_version)
      select id, 'auto', h % 101, ${dims.map((_, j) => `(h / ${5 ** j}) % 5`).join(", ")}, array[]::text[], 'bench'
      from bench_answers;
    insert into scores (answer_id, source, reviewer_id, overall, ${dims.join(", ")})
      select ba.id, 'coach', co.id, ba.h % 101, ${dims.map((_, j) => `(ba.h / ${5 ** j}) % 5`).join(", ")}
      from bench_answers ba join bench_coaches co on co.c = ba.r % ${coachCount};
    insert into reviews (answer_id, reviewer_id, overall_comment, submitted_at)
      select ba.id, co.id, 'Bench review', ba.submitted_at + interval '6 hours'
      from bench_answers ba join bench_coaches co on co.c = ba.r % ${coachCount};
    -- Every sampled answer has its second grade, by the next coach along; one in twelve is three
    -- points apart on impact, the rest equal or a point apart on depth.
    insert into second_grades (answer_id, cohort_id, reviewer_id, overall, ${dims.join(", ")}, comment, submitted_at)
      select ba.id, (select id from bench_cohort), co.id, ba.h % 101,
        ${dims
          .map((d, j) => {
            const first = `((ba.h / ${5 ** j}) % 5)`;
            if (d === "impact")
              return `case when ba.h % 12 = 0 then (case when ${first} >= 2 then ${first} - 2 else ${first} + 2 end) else ${first} end`;
            if (d === "depth")
              return `case when ba.h % 3 = 1 then (case when ${first} = 4 then 3 else ${first} + 1 end) else ${first} end`;
            return first;
          })
          .join(", ")},
        'Bench second grade', ba.submitted_at + interval '1 day'
      from bench_answers ba join bench_coaches co on co.c = (ba.r + 1) % ${coachCount}
      where ${bucket("ba.id")} < ${ratePercent};
    -- A third of the disagreements already settled (the first grade kept as moderation keeps it).
    insert into grade_moderations (answer_id, first_reviewer_id, first_grade, first_overall,
        final_grade, final_overall, settled_by_id, reason, settled_at)
      select sg.answer_id, r.reviewer_id,
        jsonb_build_object(${dims.map((d) => `'${d}', c.${d}`).join(", ")}), c.overall,
        jsonb_build_object(${dims.map((d) => `'${d}', c.${d}`).join(", ")}), c.overall,
        (select id from users where email = 'lead@bench.test'), 'Bench settle', sg.submitted_at + interval '1 day'
      from second_grades sg
      join reviews r on r.answer_id = sg.answer_id
      join scores c on c.answer_id = sg.answer_id and c.source = 'coach'
      join bench_answers ba on ba.id = sg.answer_id
      where ba.h % 12 = 0 and ba.h % 36 = 0;
    analyze;
  `);
  const [counts] = await rows<{ answers: number; second: number; settled: number }>(
    handle,
    `select (select count(*)::int from answers) as answers,
       (select count(*)::int from second_grades) as second,
       (select count(*)::int from grade_moderations) as settled`,
  );
  console.log(
    `filled: ${counts?.answers} answers, ${counts?.second} second grades, ${counts?.settled} settled, in ${ms(performance.now() - started)}`,
  );
}

async function userId(handle: DbHandle, email: string): Promise<string> {
  const [row] = await rows<{ id: string }>(handle, "select id from users where email = $1", [
    email,
  ]);
  if (!row?.id) throw new Error(`no user ${email}`);
  return row.id;
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b);
}

async function main() {
  const { handle, cleanup } = await openThrowawayDatabase("moderation-bench");
  try {
    await fill(handle);
    const createCaller = createCallerFactory(
      router({ moderation: moderationRouter, doubleScoring: doubleScoringRouter }),
    );
    const [cohort] = await rows<{ id: string }>(
      handle,
      "select id from cohorts where name = 'Bench cohort'",
    );
    if (!cohort) throw new Error("no cohort");
    const leadId = await userId(handle, "lead@bench.test");
    const lead = createCaller({ db: handle.db, userId: leadId });
    const coach = createCaller({
      db: handle.db,
      userId: await userId(handle, "coach-1@bench.test"),
    });

    const cases: Array<{ label: string; isBudgeted: boolean; run: () => Promise<number> }> = [
      {
        label: "moderation.list open",
        isBudgeted: true,
        run: async () =>
          (await lead.moderation.list({ cohortId: cohort.id, status: "open" })).items.length,
      },
      {
        label: "moderation.list settled",
        isBudgeted: true,
        run: async () =>
          (await lead.moderation.list({ cohortId: cohort.id, status: "settled" })).items.length,
      },
      {
        label: "doubleScoring.cohortAgreement",
        isBudgeted: false,
        run: async () => (await lead.doubleScoring.cohortAgreement({ cohortId: cohort.id })).pairs,
      },
      {
        label: "doubleScoring.queue (coach)",
        isBudgeted: false,
        run: async () => (await coach.doubleScoring.queue({})).items.length,
      },
    ];
    const results: Array<{
      label: string;
      isBudgeted: boolean;
      rows: number;
      p50: number;
      p95: number;
    }> = [];
    for (const c of cases) {
      const once = performance.now();
      await c.run();
      console.log(`${c.label}: first call ${ms(performance.now() - once)}`);
      let count = 0;
      const samples = await time(async () => {
        count = await c.run();
      });
      results.push({
        label: c.label,
        isBudgeted: c.isBudgeted,
        rows: count,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
      });
    }
    const openTotal = (await lead.moderation.list({ cohortId: cohort.id, status: "open" })).total;

    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} on ${cpus().length} cores`,
    );
    console.log(
      `via createCaller, ${iterations} calls each (after ${warmup} warm-up); ${openTotal} answers waiting for moderation`,
    );
    console.log(
      `${"case".padEnd(34)}${"rows".padStart(6)}${"p50".padStart(11)}${"p95".padStart(11)}`,
    );
    for (const r of results) {
      console.log(
        `${`${r.label}${r.isBudgeted ? "" : " (info)"}`.padEnd(34)}${String(r.rows).padStart(6)}${ms(r.p50).padStart(11)}${ms(r.p95).padStart(11)}`,
      );
    }

    // EXPLAIN the exact SQL the domain function sends (captured at the pool).
    const [main] = await capture(handle, () =>
      listModeration(handle.db, { leadId, cohortId: cohort.id }, { status: "open" }),
    );
    if (main) {
      const plan = await rows<{ "QUERY PLAN": string }>(
        handle,
        `explain (analyze, buffers) ${main.text}`,
        main.values,
      );
      console.log("\nEXPLAIN (ANALYZE, BUFFERS) — moderation list, open:");
      for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);
    }

    const worst = Math.max(...results.filter((r) => r.isBudgeted).map((r) => r.p95));
    const ok = worst <= budget.moderationP95Ms;
    console.log(
      `\n${ok ? "PASS" : "FAIL"}: moderation list worst p95 ${ms(worst)} (budget p95 ≤ ${budget.moderationP95Ms} ms)`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await cleanup();
  }
}

const deadline = setTimeout(() => {
  console.error(`moderation bench: gave up after ${overallTimeoutMs / 1000} s`);
  process.exit(2);
}, overallTimeoutMs);
deadline.unref();

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
