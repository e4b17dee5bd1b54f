import { inArray, isNull, or, type SQL } from "drizzle-orm";
import { questions } from "../schema/questions.ts";

/**
 * Who is practising: the candidate and the cohorts where they hold the candidate role. Every
 * practice query takes it, so a question or answer outside it is simply not found.
 */
export interface CandidateScope {
  candidateId: string;
  cohortIds: readonly string[];
}

/** The global bank plus the candidate's own cohorts' questions. */
export function questionVisibleTo(scope: CandidateScope): SQL {
  const visible =
    scope.cohortIds.length > 0
      ? or(isNull(questions.cohortId), inArray(questions.cohortId, [...scope.cohortIds]))
      : isNull(questions.cohortId);
  if (!visible) throw new Error("unreachable: or() of two conditions");
  return visible;
}
