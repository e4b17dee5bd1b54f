
import { cpus, loadavg, } from "node:os";
import { performance } from "node:perf_hooks";
import { type DbHandle, type ListReviewQueueInput, listReviewQueue } from "@debrief/db";
import { reviewsRouter } from "../src/server/routers/reviews";
import { createCallerFactory, router } from "../src/server/trpc";
import { capture, ms, openThrowawayDatabase, percentile, pool, rows } from "./support";

const cohortCount = 20;
const candidatesPerCohort = 25;
const submittedAnswers = 10_000;
const otherAnswers = 2_000;
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const warmup = 20;
const budget = { queueP95Ms: 50 };
const overallTimeoutMs = 6 * 60_000;

/** Everything in set-based SQL: seconds, not minutes, for 12,000 answers and their scores. */
async function fill(handle: DbHandle) {
  const started = performance.now();
  await pool(handle).query(`
    insert into organisations (name) values ('Queue bench');
    insert into cohorts (organisation_id, name)
      select (select id from organisations where name = 'Queue bench'), 'Bench cohort ' || lpad(c::text, 2, '0')
      from generate_series(1, ${cohortCount}) as c;
    insert into users (email, name)
      select 'coach-two@bench.test', 'Two-cohort Coach' union all
      select 'coach-all@bench.test', 'All-cohort Coach' union all
      select 'cand-' || c || '-' || k || '@bench.test', 'Candidate ' || c || '.' || k
      from generate_series(1, ${cohortCount}) as c, generate_series(1, ${candidatesPerCohort}) as k;
    create temporary table bench_cohorts as
      select id, row_number() over (order by name) as n from cohorts
      where name like 'Bench cohort %';
    insert into memberships (user_id, cohort_id, role)
      select u.id, bc.id, 'coach' from users u, bench_cohorts bc
      where (u.email = 'coach-two@bench.test' and bc.n <= 2) or u.email = 'coach-all@bench.test';
    insert into memberships (user_id, cohort_id, role)
      select u.id, bc.id, 'candidate' from users u
      join bench_cohorts bc on u.email like 'cand-' || bc.n || '-%';
    create temporary table bench_candidates as
      select m.user_id, m.cohort_id, bc.n as cohort_n,
        row_number() over (partition by m.cohort_id order by m.user_id) as k
      from memberships m join bench_cohorts bc on bc.id = m.cohort_id where m.role = 'candidate';
    create temporary table bench_questions as
      select id, kind, row_number() over (order by slug) as n from questions where slug is not null;
    insert into question_sets (cohort_id, title) select id, 'Bench set ' || n from bench_cohorts;
    insert into question_set_items (set_id, question_id, position)
      select s.id, q.id, q.n - 1 from question_sets s, bench_questions q
      where s.title like 'Bench set %' and q.n <= 5;
    -- Due dates spread over four weeks either side of now, so "oldest due first" has work to do.
    insert into assignments (set_id, cohort_id, candidate_id, due_at)
      select s.id, bc.cohort_id, bc.user_id, now() + ((bc.k * 37 % 56) - 28) * interval '1 day'
      from bench_candidates bc join question_sets s on s.cohort_id = bc.cohort_id;
    insert into answers (candidate_id, question_id, cohort_id, assignment_id, attempt, body,
        word_count, status, idempotency_key, submitted_at)
      select bc.user_id, q.id, bc.cohort_id,
        case when q.n <= 5 then a.id end,
        i, 'Bench answer ' || i, 40 + (i * 7919 % 700),
        (case when i <= ${submittedAnswers} then 'submitted'
              when i % 2 = 0 then 'in_review' else 'reviewed' end)::answer_status,
        'bench-' || i,
        now() - (i * 7 % 60) * interval '1 day' - (i % 1440) * interval '1 minute'
      from generate_series(1, ${submittedAnswers + otherAnswers}) as i
      join bench_candidates bc
        on bc.cohort_n = 1 + (i % ${cohortCount}) and bc.k = 1 + ((i / ${cohortCount}) % ${candidatesPerCohort})
      join bench_questions q on q.n = 1 + (i % (select count(*) from bench_questions))
      left join assignments a on a.candidate_id = bc.user_id;
    insert into scores (answer_id, source, overall, structure, ownership, specificity, depth,
        tradeoffs, impact, reflection, delivery, flags, engine_version)
      select a.id, 'auto', (h % 101), h % 5, (h / 5) % 5, (h / 25) % 5, (h / 125) % 5,
        (h / 625) % 5, (h / 3125) % 5, (h / 7) % 5, (h / 11) % 5,
        case h % 4 when 0 then array['vague_scale'] when 1 then array['no_result', 'hidden_ownership', 'vague_scale']
          else array[]::text[] end,
        'bench'
      from (select id, abs(hashtext(id::text)) as h from answers where idempotency_key like 'bench-%') a;
    analyze;
  `);
  const [counts] = await rows<{ answers: number; submitted: number; cohorts: number }>(
    handle,
    `select count(*)::int as answers,
       count(*) filter (where status = 'submitted')::int as submitted,
       count(distinct cohort_id)::int as cohorts
     from answers`,
  );
  console.log(
    `filled: ${counts?.answers} answers (${counts?.submitted} submitted) across ${counts?.cohorts} cohorts in ${ms(performance.now() - started)}`,
  );
}

async function userId(handle: DbHandle, email: string): Promise<string> {
  const [row] = await rows<{ id: string }>(handle, "select id from users where email = $1", [
    email,
  ]);
  const id = row?.id;
  if (!id) throw new Error(`no user ${email}`);
  return id;
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
  const { handle, cleanup } = await openThrowawayDatabase("queue-bench");
  try {
    await fill(handle);
    const createCaller = createCallerFactory(router({ reviews: reviewsRouter }));
    const [anyCandidate] = await rows<{ id: string; cohort_id: string }>(
      handle,
      `select m.user_id as id, m.cohort_id from memberships m
       join cohorts c on c.id = m.cohort_id
       where m.role = 'candidate' and c.name = 'Bench cohort 01' limit 1`,
    );
    if (!anyCandidate) throw new Error("no candidate");

    const results: Array<{ label: string; p50: number; p95: number; rows: number }> = [];
    for (const email of ["coach-two@bench.test", "coach-all@bench.test"]) {
      const id = await userId(handle, email);
      const api = createCaller({ db: handle.db, userId: id });
      const firstDue = await api.reviews.queue({});
      const firstAttention = await api.reviews.queue({ sort: "attention" });
      const combos: Array<[string, ListReviewQueueInput]> = [
        ["to_review, due", {}],
        ["to_review, attention", { sort: "attention" }],
        ["kind debugging", { kind: "debugging" }],
        ["one cohort", { cohortId: anyCandidate.cohort_id }],
        ["one candidate", { candidateId: anyCandidate.id }],
        ["reviewed", { status: "reviewed" }],
        ["page 2 (due)", { cursor: firstDue.nextCursor }],
        ["page 2 (attention)", { sort: "attention", cursor: firstAttention.nextCursor }],
      ];
      for (const [label, input] of combos) {
        let rows = 0;
        const samples = await time(async () => {
          rows = (await api.reviews.queue(input)).items.length;
        });
        results.push({
          label: `${email.startsWith("coach-two") ? "2 cohorts" : "20 cohorts"} · ${label}`,
          p50: percentile(samples, 50),
          p95: percentile(samples, 95),
          rows,
        });
      }
    }

    // Shared machine: the load average says how much of the CPU the numbers below really had.
    console.log(
      `\nload average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} on ${cpus().length} cores`,
    );
    console.log(
      `reviews.queue via createCaller, page of 50, ${iterations} calls each (after ${warmup} warm-up)`,
    );
    console.log(
      `${"case".padEnd(34)}${"rows".padStart(6)}${"p50".padStart(11)}${"p95".padStart(11)}`,
    );
    for (const r of results) {
      console.log(
        `${r.label.padEnd(34)}${String(r.rows).padStart(6)}${ms(r.p50).padStart(11)}${ms(r.p95).padStart(11)}`,
      );
    }

    // The domain function alone, for the share of the procedure ladder (user + memberships).
    const coachAll = await userId(handle, "coach-all@bench.test");
    const allCohorts = (await rows<{ id: string }>(handle, "select id from cohorts")).map(
      (r) => r.id,
    );
    const direct = await time(() =>
      listReviewQueue(handle.db, { coachId: coachAll, cohortIds: allCohorts }, {}),
    );
    console.log(
      `listReviewQueue alone, 20 cohorts, to_review/due: p50 ${ms(percentile(direct, 50))}, p95 ${ms(percentile(direct, 95))}`,
    );

    // EXPLAIN the exact SQL the domain function sends (captured at the pool), for the widest
    // scope: one coach over all 10,000 submitted answers.
    for (const [label, input] of [
      ["due order", {}],
      ["attention order", { sort: "attention" }],
    ] as const) {
      const [main] = await capture(handle, () =>
        listReviewQueue(handle.db, { coachId: coachAll, cohortIds: allCohorts }, input),
      );
      if (!main) continue;
      const plan = await rows<{ "QUERY PLAN": string }>(
        handle,
        `explain (analyze, buffers) ${main.text}`,
        main.values,
      );
      console.log(
        `\nEXPLAIN (ANALYZE, BUFFERS) — coach of all 20 cohorts, to_review, ${label}, page 1:`,
      );
      for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);
    }

    const worst = Math.max(...results.map((r) => r.p95));
    const ok = worst <= budget.queueP95Ms;
    console.log(
      `\n${ok ? "PASS" : "FAIL"}: worst p95 ${ms(worst)} (budget p95 ≤ ${budget.queueP95Ms} ms)`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await cleanup();
  }
}

const deadline = setTimeout(() => {
  console.error(`queue bench: gave up after ${overallTimeoutMs / 1000} s`);
  process.exit(2);
}, overallTimeoutMs);
deadline.unref();

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
