import type { QuestionKind } from "@debrief/core/rubric";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questionSetItems, questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import type { CandidateScope } from "../scopes/candidate-scope.ts";

export interface CandidateAssignment {
  id: string;
  dueAt: Date;
  /** Past due with questions still unanswered. */
  isOverdue: boolean;
  set: { id: string; title: string; description: string };
  cohortName: string;
  total: number;
  completed: number;
  questions: Array<{ id: string; title: string; kind: QuestionKind; isAnswered: boolean }>;
}

/**
 * A set question counts as answered once the candidate has submitted an answer to it for this
 * assignment, or any answer to it in the assignment's cohort since the set was assigned (free
 * practice there counts too). Never an answer in another cohort: a candidate in two
 * organisations must not show one organisation progress made in the other. An unscorable attempt
 * (not an answer) never counts.
 */
export const isAnsweredSql = sql<boolean>`exists (
  select 1 from ${answers}
  where ${answers.candidateId} = ${assignments.candidateId}
    and ${answers.cohortId} = ${assignments.cohortId}
    and ${answers.questionId} = ${questionSetItems.questionId}
    and (${answers.assignmentId} = ${assignments.id} or ${answers.submittedAt} >= ${assignments.createdAt})
    and ${answers.status} <> 'unscorable'
)`;

/** The candidate's assignments in their candidate cohorts, soonest due first, with progress. */
export async function listAssignmentsForCandidate(
  db: Db,
  scope: CandidateScope,
  input: { now: Date },
): Promise<CandidateAssignment[]> {
  if (scope.cohortIds.length === 0) return [];
  const rows = await db
    .select({
      id: assignments.id,
      dueAt: assignments.dueAt,
      set: {
        id: questionSets.id,
        title: questionSets.title,
        description: questionSets.description,
      },
      cohortName: cohorts.name,
      total: sql<number>`count(${questionSetItems.id})::int`,
      completed: sql<number>`count(${questionSetItems.id}) filter (where ${isAnsweredSql})::int`,
    })
    .from(assignments)
    .innerJoin(questionSets, eq(questionSets.id, assignments.setId))
    .innerJoin(cohorts, eq(cohorts.id, assignments.cohortId))
    .leftJoin(questionSetItems, eq(questionSetItems.setId, assignments.setId))
    .where(
      and(
        eq(assignments.candidateId, scope.candidateId),
        inArray(assignments.cohortId, [...scope.cohortIds]),
        isNull(questionSets.archivedAt),
      ),
    )
    .groupBy(assignments.id, questionSets.id, cohorts.id)
    .orderBy(asc(assignments.dueAt), asc(questionSets.title));
  if (rows.length === 0) return [];

  const items = await db
    .select({
      assignmentId: assignments.id,
      id: questions.id,
      title: questions.title,
      kind: questions.kind,
      isAnswered: isAnsweredSql,
    })
    .from(assignments)
    .innerJoin(questionSetItems, eq(questionSetItems.setId, assignments.setId))
    .innerJoin(questions, eq(questions.id, questionSetItems.questionId))
    .where(
      inArray(
        assignments.id,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(questionSetItems.position));

  const byAssignment = new Map<string, CandidateAssignment["questions"]>();
  for (const { assignmentId, ...item } of items) {
    const list = byAssignment.get(assignmentId) ?? [];
    list.push(item);
    byAssignment.set(assignmentId, list);
  }
  return rows.map((row) => ({
    ...row,
    isOverdue: row.dueAt.getTime() < input.now.getTime() && row.completed < row.total,
    questions: byAssignment.get(row.id) ?? [],
  }));
}
