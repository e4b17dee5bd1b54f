import { type FlagKey, lengthRanges, type QuestionKind } from "@debrief/core/rubric";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { badRequest } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import { type AnswerStatus, answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";
import { answerIsBlind, candidateFieldForCoach, candidateNameForCoach } from "./blind.ts";

export const queueStatuses = ["to_review", "in_review", "reviewed"] as const;
export type QueueStatus = (typeof queueStatuses)[number];
export const queueSorts = ["due", "attention"] as const;
export type QueueSort = (typeof queueSorts)[number];

const statusOf: Record<QueueStatus, AnswerStatus> = {
  to_review: "submitted",
  in_review: "in_review",
  reviewed: "reviewed",
};

/**
 * How many pitfall flags make the engine's read "low confidence": several off-shape patterns at
 * once mean its lexical cues are fighting each other, so a human should look first.
 */
export const lowConfidenceFlagCount = 3;

export interface ListReviewQueueInput {
  cohortId?: string;
  kind?: QuestionKind;
  candidateId?: string;
  status?: QueueStatus;
  sort?: QueueSort;
  cursor?: string | null;
  limit?: number;
  /** Leave this answer out (the one just graded, when picking the next). */
  excludeAnswerId?: string;
}

export interface ReviewQueueItem {
  answerId: string;
  /** Null while the candidate is hidden by blind grading (candidateName is the pseudonym). */
  candidateId: string | null;
  candidateName: string;
  isBlind: boolean;
  /** A submitted review waiting for the set to be published. */
  isHeld: boolean;
  cohortId: string;
  cohortName: string;
  questionId: string;
  questionTitle: string;
  kind: QuestionKind;
  attempt: number;
  submittedAt: Date;
  dueAt: Date | null;
  status: AnswerStatus;
  autoOverall: number;
  flags: FlagKey[];
  lowConfidence: boolean;
}

export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  nextCursor: string | null;
}

/**
 * Keyset position: the row's sort key as PostgreSQL text (microsecond timestamps survive the
 * round trip, which a JS Date would truncate to milliseconds and so repeat rows) plus its id.
 */
interface QueueCursor {
  sort: QueueSort;
  rank: number;
  due: string;
  submitted: string;
  id: string;
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.sort, cursor.rank, cursor.due, cursor.submitted, cursor.id]),
  ).toString("base64url");
}

// A timestamptz as PostgreSQL prints it (what the cursor carries, to the microsecond), e.g.
// "2026-03-10 09:00:00.123456+00". Checked field by field so that the cast back cannot fail:
// Date.parse alone accepts "1", "March 7" or the year 275760, which PostgreSQL refuses.
const pgTimestampText =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?$/;

function isPgTimestampText(text: string): boolean {
  const match = pgTimestampText.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60 &&
    (offsetHours ?? 0) <= 15 &&
    (offsetMinutes ?? 0) < 60
  );
}

const invalidCursor = () =>
  badRequest("cursor: not a cursor from this list. Reload the queue from the first page.");

export function decodeQueueCursor(text: string, sort: QueueSort): QueueCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) throw invalidCursor();
  const [cursorSort, rank, due, submitted, id] = parsed as unknown[];
  const isTimestamp = (v: unknown): v is string =>
    typeof v === "string" && (v === "infinity" || isPgTimestampText(v));
  if (
    cursorSort !== sort ||
    typeof rank !== "number" ||
    !Number.isInteger(rank) ||
    rank < 0 ||
    rank > 2 ** 31 - 1 ||
    !isTimestamp(due) ||
    !isTimestamp(submitted) ||
    typeof id !== "string" ||
    !isUuid(id)
  ) {
    throw invalidCursor();
  }
  return { sort, rank, due, submitted, id };
}

/**
 * The coach's review queue, one keyset page. Order "due": the assignment's due date (answers
 * without one last), then oldest submitted, then id. Order "attention": low engine confidence
 * first, then answers with pitfall flags, then the rest, each group in due order.
 *
 * Low confidence, from what the engine gives: the word count is outside the kind's allowed
 * range (the engine's cues were tuned on answers of a normal length, and docs/rubric.md's length
 * flags mark exactly these), or it raised `lowConfidenceFlagCount` or more pitfall flags.
 *
 * One query: the filtered rows are sorted on computed keys and cut at limit + 1 (a coach's
 * cohorts hold hundreds to low thousands of answers, which PostgreSQL top-N sorts in well under
 * a millisecond), found through the (cohort_id, status, submitted_at) index.
 */
export async function listReviewQueue(
  db: Db,
  scope: CoachScope,
  input: ListReviewQueueInput,
): Promise<ReviewQueuePage> {
  const sort = input.sort ?? "due";
  const limit = input.limit ?? 50;
  const cohortIds = cohortsInScope(scope, input.cohortId);
  if (cohortIds.length === 0) return { items: [], nextCursor: null };
  // A malformed id matches nothing; PostgreSQL would reject it with an error instead.
  if (input.candidateId !== undefined && !isUuid(input.candidateId)) {
    return { items: [], nextCursor: null };
  }
  const cursor = input.cursor ? decodeQueueCursor(input.cursor, sort) : null;

  const auto = alias(scores, "auto_score");
  const candidate = alias(users, "candidate");
  const outsideRange = sql.join(
    Object.entries(lengthRanges).map(
      ([kind, range]) =>
        sql`when ${kind} then ${answers.wordCount} not between ${range.min}::int and ${range.max}::int`,
    ),
    sql` `,
  );
  // Written against the plain table names, so the same fragment works in the inner page query
  // and in the outer detail query (each resolves it in its own scope).
  const lowConfidence = sql<boolean>`(case ${questions.kind}::text ${outsideRange} else false end
    or cardinality(${auto.flags}) >= ${lowConfidenceFlagCount}::int)`;
  const isAttention = sort === "attention";
  const rank = isAttention
    ? sql<number>`(case when ${lowConfidence} then 0 when cardinality(${auto.flags}) > 0 then 1 else 2 end)`
    : sql<number>`0::int`;
  const dueKey = sql<Date>`coalesce(${assignments.dueAt}, 'infinity'::timestamptz)`;
  const after = cursor
    ? sql`(${rank}, ${dueKey}, ${answers.submittedAt}, ${answers.id}) > (${cursor.rank}::int, ${cursor.due}::timestamptz, ${cursor.submitted}::timestamptz, ${cursor.id}::uuid)`
    : undefined;

  // Two steps in one statement: the inner query sorts only the keys (joining the engine score
  // only when the attention order needs its flags) and keeps limit + 1 ids; the outer one joins
  // names, titles and scores for just those rows by primary key. Joining everything before the
  // sort cost 3–4× as much on a 10,000-answer queue (see bench/queue-bench.ts).
  let inner = db
    .select({
      id: answers.id,
      rank: rank.as("rank"),
      dueKey: dueKey.as("due_key"),
      submittedAt: answers.submittedAt,
    })
    .from(answers)
    .leftJoin(assignments, eq(assignments.id, answers.assignmentId))
    .$dynamic();
  if (isAttention || input.kind) {
    inner = inner.innerJoin(questions, eq(questions.id, answers.questionId));
  }
  if (isAttention) {
    inner = inner.innerJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")));
  }
  const keys = inner
    .where(
      and(
        inArray(answers.cohortId, cohortIds),
        eq(answers.status, statusOf[input.status ?? "to_review"]),
        input.kind ? eq(questions.kind, input.kind) : undefined,
        // A blind answer never matches a candidate filter: it would tie the pseudonym to them.
        input.candidateId
          ? and(eq(answers.candidateId, input.candidateId), sql`not ${answerIsBlind}`)
          : undefined,
        input.excludeAnswerId ? sql`${answers.id} <> ${input.excludeAnswerId}` : undefined,
        after,
      ),
    )
    .orderBy(...(isAttention ? [rank] : []), dueKey, answers.submittedAt, answers.id)
    .limit(limit + 1)
    .as("page");

  const rows = await db
    .select({
      answerId: answers.id,
      candidateId: candidateFieldForCoach<string>(answers.candidateId),
      candidateName: candidateNameForCoach(candidate.name),
      isBlind: answerIsBlind,
      isHeld: sql<boolean>`exists (select 1 from ${reviews} where ${reviews.answerId} = ${answers.id} and ${reviews.submittedAt} is not null and ${reviews.publishedAt} is null)`,
      cohortId: answers.cohortId,
      cohortName: cohorts.name,
      questionId: answers.questionId,
      questionTitle: questions.title,
      kind: questions.kind,
      attempt: answers.attempt,
      submittedAt: answers.submittedAt,
      dueAt: assignments.dueAt,
      status: answers.status,
      autoOverall: auto.overall,
      flags: auto.flags,
      lowConfidence,
      rank: keys.rank,
      // Named apart: an unnamed `due_key::text` output column would shadow the subquery's
      // due_key in ORDER BY and sort by text.
      dueText: sql<string>`${keys.dueKey}::text`.as("due_text"),
      submittedText: sql<string>`${keys.submittedAt}::text`.as("submitted_text"),
    })
    .from(keys)
    .innerJoin(answers, eq(answers.id, keys.id))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
    .innerJoin(candidate, eq(candidate.id, answers.candidateId))
    .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
    .leftJoin(assignments, eq(assignments.id, answers.assignmentId))
    .orderBy(keys.rank, keys.dueKey, keys.submittedAt, keys.id);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeQueueCursor({
          sort,
          rank: Number(last.rank),
          due: last.dueText,
          submitted: last.submittedText,
          id: last.answerId,
        })
      : null;
  return {
    items: page.map(
      ({ rank: _rank, dueText: _due, submittedText: _submitted, flags, ...item }) => ({
        ...item,
        flags: flags as FlagKey[],
        lowConfidence: Boolean(item.lowConfidence),
        isBlind: Boolean(item.isBlind),
        isHeld: Boolean(item.isHeld),
      }),
    ),
    nextCursor,
  };
}

export interface ReviewQueueCounts {
  cohortId: string;
  toReview: number;
  inReview: number;
}

/**
 * How many answers wait in each of the coach's cohorts: submitted and not yet opened, and in
 * review (a draft grade saved). Exact counts from the (cohort_id, status, submitted_at) index,
 * for the coach home; every cohort in scope is listed, zeros included.
 */
export async function countReviewQueue(db: Db, scope: CoachScope): Promise<ReviewQueueCounts[]> {
  const cohortIds = cohortsInScope(scope);
  if (cohortIds.length === 0) return [];
  const rows = await db
    .select({
      cohortId: answers.cohortId,
      toReview: sql<number>`count(*) filter (where ${answers.status} = ${statusOf.to_review})::int`,
      inReview: sql<number>`count(*) filter (where ${answers.status} = ${statusOf.in_review})::int`,
    })
    .from(answers)
    .where(
      and(
        inArray(answers.cohortId, cohortIds),
        inArray(answers.status, [statusOf.to_review, statusOf.in_review]),
      ),
    )
    .groupBy(answers.cohortId);
  const byCohort = new Map(rows.map((row) => [row.cohortId, row]));
  return cohortIds.map((cohortId) => ({
    cohortId,
    toReview: Number(byCohort.get(cohortId)?.toReview ?? 0),
    inReview: Number(byCohort.get(cohortId)?.inReview ?? 0),
  }));
}
