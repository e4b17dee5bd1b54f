import { notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";

/**
 * Who is coaching: the coach and the cohorts where they hold the coach role. Every coach query
 * takes it, so an answer, set or question outside those cohorts is simply not found.
 */
export interface CoachScope {
  coachId: string;
  cohortIds: readonly string[];
}

/**
 * The cohorts a coach query covers: all of the coach's, or the one asked for. A cohort the
 * caller does not coach is NOT_FOUND, whether or not it exists.
 */
export function cohortsInScope(scope: CoachScope, cohortId?: string | null): string[] {
  if (cohortId === undefined || cohortId === null) return [...scope.cohortIds];
  if (!isUuid(cohortId) || !scope.cohortIds.includes(cohortId)) {
    throw notFound("Cohort not found.");
  }
  return [cohortId];
}
