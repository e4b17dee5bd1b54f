import type { QuestionKind } from "@debrief/core";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { isUuid } from "../queries/users.ts";
import { assignments } from "../schema/assignments.ts";
import { questionSetItems } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { type CandidateScope, questionVisibleTo } from "./scope.ts";

export interface PracticeTarget {
  question: { id: string; kind: QuestionKind; prompt: string };
  /** The cohort the draft or answer belongs to (whose coaches review it). */
  cohortId: string;
  assignmentId: string | null;
}

/**
 * Checks the candidate may answer this question (and, when given, that the assignment is theirs
 * and includes it) and picks the cohort the work belongs to: the assignment's, else the
 * question's, else the candidate's first candidate cohort.
 */
export async function resolvePracticeTarget(
  db: Db,
  scope: CandidateScope,
  input: { questionId: string; assignmentId?: string | null },
): Promise<PracticeTarget> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  // Only what scoring and the cohort choice need: guidance and the example answer are long.
  const [question] = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      prompt: questions.prompt,
      cohortId: questions.cohortId,
    })
    .from(questions)
    .where(and(eq(questions.id, input.questionId), questionVisibleTo(scope)))
    .limit(1);
  if (!question) throw notFound("Question not found.");
  const target = { id: question.id, kind: question.kind, prompt: question.prompt };
  if (input.assignmentId) {
    if (!isUuid(input.assignmentId) || scope.cohortIds.length === 0) {
      throw notFound("Assignment not found.");
    }
    const [assignment] = await db
      .select({ id: assignments.id, cohortId: assignments.cohortId, itemId: questionSetItems.id })
      .from(assignments)
      .leftJoin(
        questionSetItems,
        and(
          eq(questionSetItems.setId, assignments.setId),
          eq(questionSetItems.questionId, question.id),
        ),
      )
      .where(
        and(
          eq(assignments.id, input.assignmentId),
          eq(assignments.candidateId, scope.candidateId),
          inArray(assignments.cohortId, [...scope.cohortIds]),
        ),
      )
      .limit(1);
    if (!assignment) throw notFound("Assignment not found.");
    if (!assignment.itemId)
      throw badRequest("assignmentId: that question is not part of this assignment.");
    return { question: target, cohortId: assignment.cohortId, assignmentId: assignment.id };
  }
  const cohortId = question.cohortId ?? scope.cohortIds[0];
  if (!cohortId) throw notFound("Question not found.");
  return { question: target, cohortId, assignmentId: null };
}
