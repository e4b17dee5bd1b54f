import type { QuestionKind } from "@debrief/core/rubric";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import { assignments } from "../schema/assignments.ts";
import { questionSetItems } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { type CandidateScope, questionVisibleTo } from "../scopes/candidate-scope.ts";

export interface PracticeTarget {
  question: { id: string; kind: QuestionKind; prompt: string };
  /** The cohort the draft or answer belongs to (whose coaches review it). */
  cohortId: string;
  assignmentId: string | null;
}

export interface PracticeTargetInput {
  questionId: string;
  assignmentId?: string | null;
  /** The cohort the candidate chose for free practice on a shared question. */
  cohortId?: string | null;
}

/**
 * Checks the candidate may answer this question (and, when given, that the assignment is theirs
 * and includes it) and picks the one cohort the work belongs to, whose coaches will see it: the
 * assignment's, else the question's own cohort, else the cohort the candidate chose. A
 * candidate in several cohorts must choose (`requireChoice`: submitting); a draft, which no
 * coach sees, waits in their first cohort until they do. A cohort that contradicts the
 * assignment or question is refused rather than silently replaced.
 */
export async function resolvePracticeTarget(
  db: Db,
  scope: CandidateScope,
  input: PracticeTargetInput,
  { requireChoice = true }: { requireChoice?: boolean } = {},
): Promise<PracticeTarget> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  if (input.cohortId && (!isUuid(input.cohortId) || !scope.cohortIds.includes(input.cohortId))) {
    throw notFound("Cohort not found.");
  }
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
    if (input.cohortId && input.cohortId !== assignment.cohortId) {
      throw badRequest("cohortId: this assignment belongs to another cohort.");
    }
    return { question: target, cohortId: assignment.cohortId, assignmentId: assignment.id };
  }
  if (question.cohortId) {
    if (input.cohortId && input.cohortId !== question.cohortId) {
      throw badRequest("cohortId: this question belongs to another cohort.");
    }
    return { question: target, cohortId: question.cohortId, assignmentId: null };
  }
  if (input.cohortId) return { question: target, cohortId: input.cohortId, assignmentId: null };
  const [only, ...others] = scope.cohortIds;
  if (!only) throw notFound("Question not found.");
  if (others.length > 0 && requireChoice) {
    throw badRequest(
      "cohortId: you practise in several cohorts. Choose which one this answer is for: its coaches will see it.",
    );
  }
  return { question: target, cohortId: only, assignmentId: null };
}
