import type { QuestionKind } from "@debrief/core/rubric";
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, forbidden, notFound } from "../errors.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { isUuid } from "../users/users.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questionSetItems } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";

export interface BankQuestionItem {
  id: string;
  slug: string | null;
  kind: QuestionKind;
  title: string;
  prompt: string;
  cohortId: string | null;
  cohortName: string | null;
  isEditable: boolean;
  /** Answers to it in the coach's cohorts (other organisations' activity stays private). */
  answerCount: number;
  archivedAt: Date | null;
}

export interface ListBankInput {
  search?: string;
  kind?: QuestionKind;
  cohortId?: string;
  includeArchived?: boolean;
}

/** `%` and `_` are LIKE wildcards and `\` its escape: a search for "p99_ms" means those characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The global bank plus the questions of the coach's cohorts (or of one of them), with answer
 * counts, in one query. Search is ILIKE over title and prompt: the bank is hundreds of rows, so a
 * sequential scan costs well under a millisecond and a trigram index (pg_trgm) would buy nothing
 * but an extension dependency.
 */
export async function listBankForCoach(
  db: Db,
  scope: CoachScope,
  input: ListBankInput = {},
): Promise<BankQuestionItem[]> {
  const cohortIds = cohortsInScope(scope, input.cohortId);
  const search = input.search?.trim();
  const pattern = search ? `%${escapeLike(search)}%` : null;
  const counts = db
    .select({
      questionId: answers.questionId,
      answerCount: sql<number>`count(*)::int`.as("answer_count"),
    })
    .from(answers)
    .where(cohortIds.length > 0 ? inArray(answers.cohortId, cohortIds) : sql`false`)
    .groupBy(answers.questionId)
    .as("counts");
  const rows = await db
    .select({
      id: questions.id,
      slug: questions.slug,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
      cohortId: questions.cohortId,
      cohortName: cohorts.name,
      answerCount: sql<number>`coalesce(${counts.answerCount}, 0)`,
      archivedAt: questions.archivedAt,
    })
    .from(questions)
    .leftJoin(cohorts, eq(cohorts.id, questions.cohortId))
    .leftJoin(counts, eq(counts.questionId, questions.id))
    .where(
      and(
        cohortIds.length > 0
          ? or(isNull(questions.cohortId), inArray(questions.cohortId, cohortIds))
          : isNull(questions.cohortId),
        input.kind ? eq(questions.kind, input.kind) : undefined,
        input.includeArchived ? undefined : isNull(questions.archivedAt),
        pattern ? or(ilike(questions.title, pattern), ilike(questions.prompt, pattern)) : undefined,
      ),
    )
    // The coach's own questions first, then the bank; the enum sorts kinds in rubric order.
    .orderBy(
      sql`${questions.cohortId} nulls last`,
      asc(questions.kind),
      asc(questions.title),
      asc(questions.id),
    );
  return rows.map((row) => ({ ...row, isEditable: row.cohortId !== null }));
}

export interface QuestionForEdit {
  id: string;
  cohortId: string | null;
  kind: QuestionKind;
  title: string;
  prompt: string;
  guidance: string;
  exampleAnswer: string;
  isEditable: boolean;
  archivedAt: Date | null;
}

/** A bank or own-cohort question with guidance and example, for the editor (bank: read-only). */
export async function getQuestionForCoach(
  db: Db,
  scope: CoachScope,
  input: { questionId: string },
): Promise<QuestionForEdit> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  const cohortIds = [...scope.cohortIds];
  const [row] = await db
    .select({
      id: questions.id,
      cohortId: questions.cohortId,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
      guidance: questions.guidance,
      exampleAnswer: questions.exampleAnswer,
      archivedAt: questions.archivedAt,
    })
    .from(questions)
    .where(
      and(
        eq(questions.id, input.questionId),
        cohortIds.length > 0
          ? or(isNull(questions.cohortId), inArray(questions.cohortId, cohortIds))
          : isNull(questions.cohortId),
      ),
    )
    .limit(1);
  if (!row) throw notFound("Question not found.");
  return { ...row, isEditable: row.cohortId !== null };
}

export interface QuestionFields {
  kind: QuestionKind;
  title: string;
  prompt: string;
  guidance: string;
  exampleAnswer: string;
}

/** A question owned by one of the coach's cohorts (the router has checked the cohort role). */
export async function createCohortQuestion(
  db: Db,
  scope: CoachScope,
  input: QuestionFields & { cohortId: string },
): Promise<{ id: string }> {
  const [cohortId] = cohortsInScope(scope, input.cohortId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(questions)
      .values({
        kind: input.kind,
        title: input.title,
        prompt: input.prompt,
        guidance: input.guidance,
        exampleAnswer: input.exampleAnswer,
        cohortId,
        createdById: scope.coachId,
      })
      .returning({ id: questions.id });
    if (!row) throw new Error("insert into questions returned no row");
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question.created",
      cohortId,
      subjectType: "question",
      subjectId: row.id,
    });
    return row;
  });
}

/**
 * Locks and returns a question the coach may edit: bank questions are FORBIDDEN (read-only, the
 * bank file owns them), another cohort's are NOT_FOUND like a missing id.
 */
async function lockEditableQuestion(db: Db, scope: CoachScope, questionId: string) {
  if (!isUuid(questionId)) throw notFound("Question not found.");
  const [row] = await db
    .select({ id: questions.id, kind: questions.kind, cohortId: questions.cohortId })
    .from(questions)
    .where(eq(questions.id, questionId))
    .for("update")
    .limit(1);
  if (!row) throw notFound("Question not found.");
  if (row.cohortId === null) throw forbidden("Bank questions are read-only.");
  if (!scope.cohortIds.includes(row.cohortId)) throw notFound("Question not found.");
  return { ...row, cohortId: row.cohortId };
}

const isUsedSql = (questionId: string) =>
  sql<boolean>`(exists (select 1 from ${answers} where ${answers.questionId} = ${questionId})
    or exists (select 1 from ${questionSetItems} where ${questionSetItems.questionId} = ${questionId}))`;

export async function updateCohortQuestion(
  db: Db,
  scope: CoachScope,
  input: QuestionFields & { questionId: string },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const question = await lockEditableQuestion(tx, scope, input.questionId);
    if (question.kind !== input.kind) {
      // Stored scores were weighted for the old kind; a different kind is a different question.
      const [answered] = await tx
        .select({ id: answers.id })
        .from(answers)
        .where(eq(answers.questionId, question.id))
        .limit(1);
      if (answered) {
        throw badRequest(
          "kind: this question already has answers scored as its current kind. Create a new question instead.",
        );
      }
    }
    await tx
      .update(questions)
      .set({
        kind: input.kind,
        title: input.title,
        prompt: input.prompt,
        guidance: input.guidance,
        exampleAnswer: input.exampleAnswer,
      })
      .where(eq(questions.id, question.id));
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question.updated",
      cohortId: question.cohortId,
      subjectType: "question",
      subjectId: question.id,
    });
    return { id: question.id };
  });
}

/**
 * Deletes a cohort question nobody has used; archives it when an answer or a set refers to it,
 * so old attempts keep their prompt. The row lock also blocks a concurrent submit (its foreign
 * key check needs a share lock on the question), so "unused" stays true until the delete.
 */
export async function removeCohortQuestion(
  db: Db,
  scope: CoachScope,
  input: { questionId: string },
): Promise<{ outcome: "deleted" | "archived" }> {
  return db.transaction(async (tx) => {
    const question = await lockEditableQuestion(tx, scope, input.questionId);
    const usage = await tx.execute<{ is_used: boolean }>(
      sql`select ${isUsedSql(question.id)} as is_used`,
    );
    const used = usage.rows[0]?.is_used === true;
    const outcome = used ? "archived" : "deleted";
    if (used) {
      await tx
        .update(questions)
        .set({ archivedAt: sql`coalesce(${questions.archivedAt}, now())` })
        .where(eq(questions.id, question.id));
    } else {
      await tx.delete(questions).where(eq(questions.id, question.id));
    }
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: `question.${outcome}`,
      cohortId: question.cohortId,
      subjectType: "question",
      subjectId: question.id,
    });
    return { outcome };
  });
}

export async function restoreCohortQuestion(
  db: Db,
  scope: CoachScope,
  input: { questionId: string },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const question = await lockEditableQuestion(tx, scope, input.questionId);
    await tx.update(questions).set({ archivedAt: null }).where(eq(questions.id, question.id));
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question.restored",
      cohortId: question.cohortId,
      subjectType: "question",
      subjectId: question.id,
    });
    return { id: question.id };
  });
}
