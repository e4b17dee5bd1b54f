import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../queries/users.ts";
import { drafts } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { type CandidateScope, questionVisibleTo } from "./scope.ts";
import { type PracticeTargetInput, resolvePracticeTarget } from "./targets.ts";

/** The candidate's autosaved draft of a question, or null; a question they can't see is NOT_FOUND. */
export async function getDraft(
  db: Db,
  scope: CandidateScope,
  input: { questionId: string },
): Promise<{ body: string; updatedAt: Date } | null> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  const [row] = await db
    .select({ body: drafts.body, updatedAt: drafts.updatedAt })
    .from(questions)
    .leftJoin(
      drafts,
      and(eq(drafts.questionId, questions.id), eq(drafts.candidateId, scope.candidateId)),
    )
    .where(and(eq(questions.id, input.questionId), questionVisibleTo(scope)))
    .limit(1);
  if (!row) throw notFound("Question not found.");
  if (row.body === null || row.updatedAt === null) return null;
  return { body: row.body, updatedAt: row.updatedAt };
}

/** Overwrites the one draft per (candidate, question); an empty body is a valid draft. */
export async function saveDraft(
  db: Db,
  scope: CandidateScope,
  input: PracticeTargetInput & { body: string },
): Promise<{ updatedAt: Date }> {
  const target = await resolvePracticeTarget(db, scope, input, { requireChoice: false });
  const [row] = await db
    .insert(drafts)
    .values({
      candidateId: scope.candidateId,
      questionId: target.question.id,
      cohortId: target.cohortId,
      assignmentId: target.assignmentId,
      body: input.body,
    })
    .onConflictDoUpdate({
      target: [drafts.candidateId, drafts.questionId],
      set: {
        body: input.body,
        cohortId: target.cohortId,
        assignmentId: target.assignmentId,
        updatedAt: sql`now()`,
      },
    })
    .returning({ updatedAt: drafts.updatedAt });
  if (!row) throw new Error("upsert into drafts returned no row");
  return row;
}
