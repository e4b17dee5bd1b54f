import { dimensionKeys, dimensionWeights } from "@debrief/core/rubric";
import { eq, type SQL, sql } from "drizzle-orm";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../client.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";

export const LARGE_DEMO_ORGANISATION_NAME = "Synthetic Scale Org (large demo)";
export const LARGE_DEMO_COHORT_NAME = "Scale cohort — 1,000 candidates";
export const LARGE_DEMO_LEAD_EMAIL = "lead@large.debrief.dev";
export const LARGE_DEMO_PASSWORD = "debrief-large-demo";
const emailDomain = "large.debrief.dev";

export interface SeedLargeDemoOptions {
  /** The 12 weeks of history end here. */
  now: Date;
  candidates?: number;
  answersPerCandidate?: number;
  coaches?: number;
  weeks?: number;
}

export interface LargeDemoSummary {
  created: boolean;
  cohortId: string;
  leadEmail: string;
  password: string;
  candidates: number;
  coaches: number;
  answers: number;
  autoScores: number;
  coachScores: number;
  reviews: number;
  assignments: number;
}

// Fixed key for pg_advisory_xact_lock, so two concurrent seeds cannot both create the org.
const largeSeedLockKey = 4_242_017_003;

const firstNames = [
  "Ada",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Farid",
  "Grace",
  "Hugo",
  "Ines",
  "Jamal",
  "Keiko",
  "Liam",
  "Maya",
  "Nikhil",
  "Olga",
  "Pablo",
  "Qiu",
  "Rosa",
  "Sven",
  "Tara",
  "Umar",
  "Vera",
  "Wei",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Amara",
  "Bruno",
  "Carmen",
  "Dmitri",
];
const lastNames = [
  "Adams",
  "Boateng",
  "Castillo",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gupta",
  "Hoffmann",
  "Ivanova",
  "Jensen",
  "Kim",
  "Lopez",
  "Moreau",
  "Nakamura",
  "Okonkwo",
  "Petrov",
  "Quinn",
  "Rossi",
  "Silva",
  "Tanaka",
  "Ueda",
  "Varga",
  "Wong",
  "Xu",
  "Yilmaz",
  "Zhang",
  "Almeida",
  "Brennan",
  "Chowdhury",
];

/** A deterministic pseudo-random number in [0, 1) from the text of its arguments. */
const rnd = (...parts: SQL[]) =>
  sql`((hashtext(concat_ws(':', ${sql.join(parts, sql`, `)})) & 2147483647)::float8 / 2147483648)`;
/** An integer inlined into the statement: bare parameters leave generate_series & co. untyped. */
const lit = (value: number) => sql.raw(String(Math.trunc(value)));

/**
 * A synthetic organisation for benchmarks and for seeing the lead dashboard at scale: one cohort
 * of 1,000 candidates × 50 answers over 12 weeks, engine scores correlated per candidate and
 * improving week by week, ~45% coach-reviewed (coach mostly equal to the engine, else ±1),
 * a few in review, four assigned sets. Generated in SQL (generate_series, hash-based
 * pseudo-randomness), so it takes seconds, not 50,000 scoring calls. Idempotent: when the
 * organisation exists it only reports what is there.
 */
export async function seedLargeDemo(
  db: Db,
  options: SeedLargeDemoOptions,
): Promise<LargeDemoSummary> {
  const candidateCount = options.candidates ?? 1000;
  const perCandidate = options.answersPerCandidate ?? 50;
  const coachCount = options.coaches ?? 5;
  const weeks = options.weeks ?? 12;
  const now = options.now;
  const passwordHash = await hashPassword(LARGE_DEMO_PASSWORD);

  const summary = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${largeSeedLockKey})`);
    const [existing] = await tx
      .select({ cohortId: cohorts.id })
      .from(organisations)
      .innerJoin(cohorts, eq(cohorts.organisationId, organisations.id))
      .where(eq(organisations.name, LARGE_DEMO_ORGANISATION_NAME))
      .limit(1);
    if (existing) return { ...(await summarise(tx, existing.cohortId)), created: false };

    const [organisation] = await tx
      .insert(organisations)
      .values({ name: LARGE_DEMO_ORGANISATION_NAME })
      .returning({ id: organisations.id });
    if (!organisation) throw new Error("insert into organisations returned no row");
    const [cohort] = await tx
      .insert(cohorts)
      .values({ organisationId: organisation.id, name: LARGE_DEMO_COHORT_NAME })
      .returning({ id: cohorts.id });
    if (!cohort) throw new Error("insert into cohorts returned no row");
    const cohortId = cohort.id;
    const [lead] = await tx
      .insert(users)
      .values({ email: LARGE_DEMO_LEAD_EMAIL, name: "Lars Lead", passwordHash })
      .returning({ id: users.id });
    if (!lead) throw new Error("insert into users returned no row");
    await tx.insert(memberships).values({ userId: lead.id, cohortId, role: "lead" });

    const firsts = sql`array[${sql.join(
      firstNames.map((n) => sql`${n}`),
      sql`, `,
    )}]::text[]`;
    const lasts = sql`array[${sql.join(
      lastNames.map((n) => sql`${n}`),
      sql`, `,
    )}]::text[]`;
    // People: coaches then candidates, numbered so every later step can derive from the number.
    await tx.execute(sql`
      create temporary table large_people on commit drop as
      select i, role, gen_random_uuid() as id,
        case role when 'coach' then 'coach' || lpad(i::text, 2, '0') else 'candidate' || lpad(i::text, 4, '0') end
          || '@' || ${emailDomain} as email,
        (${firsts})[1 + (i * 7 + case role when 'coach' then 3 else 0 end) % ${lit(firstNames.length)}]
          || ' ' || (${lasts})[1 + (i * 13 + i / ${lit(firstNames.length)}) % ${lit(lastNames.length)}] as name
      from (
        select 'coach' as role, i from generate_series(1, ${lit(coachCount)}) i
        union all
        select 'candidate', i from generate_series(1, ${lit(candidateCount)}) i
      ) p
    `);
    await tx.execute(sql`
      insert into users (id, email, name, password_hash, created_at)
      select id, email, name, ${passwordHash}, ${now}::timestamptz - interval '13 weeks' from large_people
    `);
    await tx.execute(sql`
      insert into memberships (user_id, cohort_id, role, created_at)
      select id, ${cohortId}, role::membership_role, ${now}::timestamptz - interval '13 weeks'
      from large_people
    `);

    // The global bank, ordered by kind so a stride through it mixes kinds.
    await tx.execute(sql`
      create temporary table large_questions on commit drop as
      select row_number() over (order by kind, slug) - 1 as idx, id, kind
      from questions where cohort_id is null and archived_at is null and slug is not null
    `);
    const [bank] = (
      await tx.execute<{ n: number }>(sql`select count(*)::int as n from large_questions`)
    ).rows;
    const questionCount = Number(bank?.n ?? 0);
    const slots = Math.min(20, questionCount);
    if (slots === 0) throw new Error("the question bank is empty: start the app once to sync it");

    // Each candidate practises `slots` questions (a stride of 3 through the bank from their own
    // offset, so kinds mix and some go uncovered) and revisits them: answer n is attempt
    // n / slots + 1 of question n % slots. Times advance with n, so attempts stay in order.
    const spanSeconds = weeks * 7 * 86_400;
    await tx.execute(sql`
      create temporary table large_answers on commit drop as
      select gen_random_uuid() as id, c.id as candidate_id, c.i as ci, n,
        q.id as question_id, q.kind, n / ${lit(slots)} + 1 as attempt,
        ${now}::timestamptz - make_interval(secs => ${lit(spanSeconds)})
          + make_interval(secs => ((n + 0.15 + 0.6 * ${rnd(sql`'t'`, sql`c.i`, sql`n`)}) / ${lit(perCandidate)}) * ${lit(spanSeconds)} * 0.995)
          as submitted_at,
        ${rnd(sql`'r'`, sql`c.i`, sql`n`)} as review_roll
      from large_people c
      cross join generate_series(0, ${lit(perCandidate - 1)}) n
      inner join large_questions q on q.idx = case
        -- Three in four candidates work through their assigned sets (in their own order, so
        -- some finish a set after it was due); the rest practise freely.
        when ${rnd(sql`'dil'`, sql`c.i`)} < 0.75
          then (((((n % ${lit(slots)}) / 5 + c.i) % 4) + 1) * 5 + ((n % ${lit(slots)}) % 5) * 11) % ${lit(questionCount)}
        else ((c.i * 11) + (n % ${lit(slots)}) * 3) % ${lit(questionCount)}
        end
      where c.role = 'candidate'
    `);
    await tx.execute(sql`
      insert into answers (id, candidate_id, question_id, cohort_id, attempt, body, word_count,
        status, idempotency_key, submitted_at, reviewed_at)
      select a.id, a.candidate_id, a.question_id, ${cohortId}, a.attempt,
        'Synthetic answer ' || a.n || ' for load testing: context, my role, decisions, result.',
        150 + (a.review_roll * 300)::int,
        (case
          when a.submitted_at > ${now}::timestamptz - interval '2 days' then 'submitted'
          when a.review_roll < 0.45 then 'reviewed'
          when a.review_roll < 0.48 then 'in_review'
          else 'submitted' end)::answer_status,
        'large-' || a.ci || '-' || a.n,
        a.submitted_at,
        case when a.submitted_at <= ${now}::timestamptz - interval '2 days' and a.review_roll < 0.45
          then a.submitted_at + make_interval(secs => 3600 * (2 + 118 * power(${rnd(sql`'h'`, sql`a.ci`, sql`a.n`)}, 2)))
        end
      from large_answers a
    `);

    // Engine scores: the candidate's ability (0.8–2.8) plus a per-dimension bias, rising about
    // 0.1 a week, plus noise; clamped to the 0–4 scale.
    const weeksIn = sql`(extract(epoch from (a.submitted_at - (${now}::timestamptz - make_interval(secs => ${lit(spanSeconds)})))) / 604800.0)`;
    const autoDims = sql.join(
      dimensionKeys.map(
        (key, d) =>
          sql`least(4, greatest(0, round(0.8 + 2.0 * ${rnd(sql`'a'`, sql`a.ci`)} + 0.6 * (${rnd(sql`'d'`, sql`a.ci`, lit(d))} - 0.5) + 0.1 * ${weeksIn} + 1.4 * (${rnd(sql`'n'`, sql`a.ci`, sql`a.n`, lit(d))} - 0.5))))::smallint as ${sql.identifier(key)}`,
      ),
      sql`, `,
    );
    const weightRows = sql.join(
      Object.entries(dimensionWeights).map(
        ([kind, weights]) =>
          sql`(${kind}, ${sql.join(
            dimensionKeys.map((key) => sql`${weights[key]}::int`),
            sql`, `,
          )})`,
      ),
      sql`, `,
    );
    const weightColumns = sql.join(
      dimensionKeys.map((key) => sql.identifier(`w_${key}`)),
      sql`, `,
    );
    const overallOf = (alias: string) =>
      sql`round((${sql.join(
        dimensionKeys.map(
          (key) =>
            sql`w.${sql.identifier(`w_${key}`)} * ${sql.identifier(alias)}.${sql.identifier(key)}`,
        ),
        sql` + `,
      )}) / 4.0)::smallint`;
    const dimList = sql.join(
      dimensionKeys.map((key) => sql.identifier(key)),
      sql`, `,
    );
    const dimListOf = (alias: string) =>
      sql.join(
        dimensionKeys.map((key) => sql`${sql.identifier(alias)}.${sql.identifier(key)}`),
        sql`, `,
      );
    await tx.execute(sql`
      create temporary table large_auto on commit drop as
      select a.id as answer_id, a.kind, a.ci, a.n, ${autoDims}
      from large_answers a
    `);
    await tx.execute(sql`
      with w (kind, ${weightColumns}) as (values ${weightRows})
      insert into scores (answer_id, source, overall, ${dimList}, engine_version, created_at)
      select s.answer_id, 'auto', ${overallOf("s")}, ${dimListOf("s")}, 'synthetic', a.submitted_at
      from large_auto s
      inner join large_answers a on a.id = s.answer_id
      inner join w on w.kind = s.kind::text
    `);

    // Coach grades for reviewed and in-review answers: equal to the engine's 70% of the time,
    // one point off (either way) 27%, two points off 3%.
    const coachDims = sql.join(
      dimensionKeys.map((key, d) => {
        const roll = rnd(sql`'c'`, sql`s.ci`, sql`s.n`, lit(d));
        return sql`least(4, greatest(0, s.${sql.identifier(key)} + case
          when ${roll} < 0.70 then 0
          when ${roll} < 0.835 then 1
          when ${roll} < 0.97 then -1
          when ${roll} < 0.985 then 2 else -2 end))::smallint as ${sql.identifier(key)}`;
      }),
      sql`, `,
    );
    await tx.execute(sql`
      with coaches as (
        select id, row_number() over (order by i) - 1 as k from large_people where role = 'coach'
      ),
      graded as (
        select s.answer_id, s.kind, ans.status, ans.submitted_at, ans.reviewed_at,
          (s.ci % ${lit(coachCount)}) as k, ${coachDims}
        from large_auto s
        inner join answers ans on ans.id = s.answer_id
        where ans.status in ('reviewed', 'in_review')
      ),
      w (kind, ${weightColumns}) as (values ${weightRows}),
      score_rows as (
        insert into scores (answer_id, source, reviewer_id, overall, ${dimList}, created_at)
        select g.answer_id, 'coach', coaches.id, ${overallOf("g")}, ${dimListOf("g")},
          coalesce(g.reviewed_at, g.submitted_at + interval '1 day')
        from graded g
        inner join coaches on coaches.k = g.k
        inner join w on w.kind = g.kind::text
        returning answer_id
      )
      insert into reviews (answer_id, reviewer_id, overall_comment, submitted_at, published_at, created_at)
      select g.answer_id, coaches.id,
        case when g.status = 'reviewed' then 'Clear arc; tie the result to a baseline next time.' else '' end,
        g.reviewed_at, g.reviewed_at, coalesce(g.reviewed_at, g.submitted_at + interval '1 day')
      from graded g inner join coaches on coaches.k = g.k
    `);

    // Four sets of five questions (the same bank positions the diligent candidates practise),
    // assigned to everyone at the start, due at weeks 3, 6, 9 and 12.
    await tx.execute(sql`
      create temporary table large_sets on commit drop as
      select s, gen_random_uuid() as id, 'Sprint ' || s || ' stories' as title
      from generate_series(1, 4) s
    `);
    await tx.execute(sql`
      insert into question_sets (id, cohort_id, title, description, created_by_id, created_at)
      select ls.id, ${cohortId}, ls.title, 'Synthetic set for the large demo.',
        (select id from large_people where role = 'coach' order by i limit 1),
        ${now}::timestamptz - make_interval(secs => ${lit(spanSeconds)})
      from large_sets ls
    `);
    await tx.execute(sql`
      insert into question_set_items (set_id, question_id, position)
      select ls.id, q.id, p
      from large_sets ls
      cross join generate_series(0, 4) p
      inner join large_questions q on q.idx = (ls.s * 5 + p * 11) % ${lit(questionCount)}
    `);
    await tx.execute(sql`
      insert into assignments (set_id, cohort_id, candidate_id, assigned_by_id, due_at, created_at)
      with coaches as (
        select id, row_number() over (order by i) - 1 as k from large_people where role = 'coach'
      )
      select ls.id, ${cohortId}, c.id, coaches.id,
        ${now}::timestamptz - make_interval(secs => ${lit(spanSeconds)}) + make_interval(weeks => (ls.s * ${lit(weeks / 4)})::int),
        ${now}::timestamptz - make_interval(secs => ${lit(spanSeconds)}) - interval '1 day'
      from large_sets ls
      inner join coaches on coaches.k = (ls.s - 1) % ${lit(coachCount)}
      cross join large_people c
      where c.role = 'candidate'
    `);
    // Fresh statistics, so the first dashboard query after seeding gets a sensible plan.
    await tx.execute(sql`analyze answers`);
    await tx.execute(sql`analyze scores`);
    await tx.execute(sql`analyze reviews`);
    await tx.execute(sql`analyze assignments`);
    await tx.execute(sql`analyze question_sets`);
    await tx.execute(sql`analyze question_set_items`);
    await tx.execute(sql`analyze memberships`);
    await tx.execute(sql`analyze users`);
    return { ...(await summarise(tx, cohortId)), created: true };
  });
  // Outside the transaction (VACUUM cannot run in one): marks the new answer_facts pages
  // all-visible, so the dashboard's index-only scans need not visit the table straight away,
  // as they would not once autovacuum had run.
  if (summary.created) await db.execute(sql`vacuum (analyze) answer_facts`);
  return summary;
}

async function summarise(db: Db, cohortId: string): Promise<Omit<LargeDemoSummary, "created">> {
  const [row] = (
    await db.execute<{
      candidates: number;
      coaches: number;
      answers: number;
      auto_scores: number;
      coach_scores: number;
      reviews: number;
      assignments: number;
    }>(sql`
      select
        (select count(*)::int from memberships where cohort_id = ${cohortId} and role = 'candidate') as candidates,
        (select count(*)::int from memberships where cohort_id = ${cohortId} and role = 'coach') as coaches,
        (select count(*)::int from answers where cohort_id = ${cohortId}) as answers,
        (select count(*)::int from scores s join answers a on a.id = s.answer_id
          where a.cohort_id = ${cohortId} and s.source = 'auto') as auto_scores,
        (select count(*)::int from scores s join answers a on a.id = s.answer_id
          where a.cohort_id = ${cohortId} and s.source = 'coach') as coach_scores,
        (select count(*)::int from reviews r join answers a on a.id = r.answer_id
          where a.cohort_id = ${cohortId}) as reviews,
        (select count(*)::int from assignments where cohort_id = ${cohortId}) as assignments
    `)
  ).rows;
  return {
    cohortId,
    leadEmail: LARGE_DEMO_LEAD_EMAIL,
    password: LARGE_DEMO_PASSWORD,
    candidates: Number(row?.candidates ?? 0),
    coaches: Number(row?.coaches ?? 0),
    answers: Number(row?.answers ?? 0),
    autoScores: Number(row?.auto_scores ?? 0),
    coachScores: Number(row?.coach_scores ?? 0),
    reviews: Number(row?.reviews ?? 0),
    assignments: Number(row?.assignments ?? 0),
  };
}
