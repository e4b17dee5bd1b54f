import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, DomainError, notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import { answers, drafts } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { type CandidateScope, questionVisibleTo } from "../scopes/candidate-scope.ts";
import { type PracticeTargetInput, resolvePracticeTarget } from "../questions/practice-targets.ts";

/** The latest attempt number of a candidate's question (0: none), as a SQL expression. */
function latestAttempt(candidateId: unknown, questionId: unknown) {
  return sql<number>`(select coalesce(max(${answers.attempt}), 0) from ${answers}
    where ${answers.candidateId} = ${candidateId} and ${answers.questionId} = ${questionId})`;
}

/**
 * The candidate's autosaved draft of a question, or null; a question they can't see is NOT_FOUND.
 * A draft based on an attempt older than the latest one is dead (its text was submitted, or a
 * later attempt superseded it) and reads as no draft.
 */
export async function getDraft(
  db: Db,
  scope: CandidateScope,
  input: { questionId: string },
): Promise<{ body: string; updatedAt: Date; basedOnAttempt: number } | null> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  const [row] = await db
    .select({
      body: drafts.body,
      updatedAt: drafts.updatedAt,
      basedOnAttempt: drafts.basedOnAttempt,
    })
    .from(questions)
    .leftJoin(
      drafts,
      and(
        eq(drafts.questionId, questions.id),
        eq(drafts.candidateId, scope.candidateId),
        gte(drafts.basedOnAttempt, latestAttempt(scope.candidateId, questions.id)),
      ),
    )
    .where(and(eq(questions.id, input.questionId), questionVisibleTo(scope)))
    .limit(1);
  if (!row) throw notFound("Question not found.");
  if (row.body === null || row.updatedAt === null || row.basedOnAttempt === null) return null;
  return { body: row.body, updatedAt: row.updatedAt, basedOnAttempt: row.basedOnAttempt };
}

/**
 * Overwrites the one draft per (candidate, question); an empty body is a valid draft.
 *
 * `basedOnAttempt` is the latest attempt the editor knew of. The write happens only while that
 * is still the latest attempt, in the same statement: a save still in flight when its text was
 * submitted (the submit deletes the draft and adds attempt n+1) is refused with CONFLICT instead
 * of bringing the draft back. In the one interleaving a single statement cannot exclude (the
 * save's snapshot predates the submit's commit) the row it leaves is based on an older attempt,
 * and getDraft reads it as no draft.
 */
export async function saveDraft(
  db: Db,
  scope: CandidateScope,
  input: PracticeTargetInput & { body: string; basedOnAttempt: number },
): Promise<{ updatedAt: Date }> {
  // A draft may be saved before the candidate picks a cohort: it is theirs alone until submit.
  const target = await resolvePracticeTarget(db, scope, input, { requireChoice: false });
  const questionId = target.question.id;
  const result = await db.execute<{ updated_at: Date | string }>(sql`
    insert into ${drafts} (candidate_id, question_id, cohort_id, assignment_id, body, based_on_attempt)
    select ${scope.candidateId}::uuid, ${questionId}::uuid, ${target.cohortId}::uuid,
      ${target.assignmentId}::uuid, ${input.body}, ${input.basedOnAttempt}::int
    where ${latestAttempt(scope.candidateId, questionId)} = ${input.basedOnAttempt}::int
    on conflict (candidate_id, question_id) do update set
      body = excluded.body,
      cohort_id = excluded.cohort_id,
      assignment_id = excluded.assignment_id,
      based_on_attempt = excluded.based_on_attempt,
      updated_at = now()
    returning updated_at
  `);
  const [row] = result.rows;
  if (row) return { updatedAt: new Date(row.updated_at) };
  const latest = await db.execute<{ attempt: number }>(
    sql`select ${latestAttempt(scope.candidateId, questionId)} as attempt`,
  );
  const latestNumber = Number(latest.rows[0]?.attempt ?? 0);
  if (latestNumber > input.basedOnAttempt) {
    throw new DomainError(
      "CONFLICT",
      `This answer was already submitted as attempt ${latestNumber}, so this draft was not saved. Reload the page to start a new attempt.`,
      { details: { latestAttempt: latestNumber } },
    );
  }
  throw badRequest(
    `basedOnAttempt ${input.basedOnAttempt} is ahead of your latest attempt (${latestNumber}).`,
  );
}
