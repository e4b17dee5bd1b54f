import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { answers } from "../schema/answers.ts";

/**
 * Blind grading. In a set marked `blind`, a coach sees a pseudonym ("Candidate 3F9A0") instead of
 * the candidate until that answer's review is published; after that the name shows as usual.
 *
 * Every query that shows a coach (or a coach's notification, page or export) who wrote an answer
 * selects the candidate through these expressions, written against the `answers` table as it
 * appears in the query's FROM (unaliased). The pseudonym is an md5 of the set's random salt and
 * the candidate's id: stable across the set's questions, so a coach can tell one candidate's
 * answers apart from another's, and not computable from the candidate's id alone.
 */

/** True while the answer's candidate is hidden from coaches. */
export const answerIsBlind: SQL<boolean> = sql<boolean>`(
  exists (
    select 1 from assignments blind_a
    inner join question_sets blind_s on blind_s.id = blind_a.set_id
    where blind_a.id = ${answers.assignmentId} and blind_s.blind
  )
  and not exists (
    select 1 from reviews blind_r
    where blind_r.answer_id = ${answers.id} and blind_r.published_at is not null
  )
)`;

/** The set's pseudonym for the answer's candidate (null when the answer is in no set). */
const pseudonym: SQL<string | null> = sql<string | null>`(
  select 'Candidate ' || upper(substr(md5(blind_s.blind_salt::text || ${answers.candidateId}::text), 1, 5))
  from assignments blind_a
  inner join question_sets blind_s on blind_s.id = blind_a.set_id
  where blind_a.id = ${answers.assignmentId}
)`;

/** The candidate's name as this coach may see it: the real one, or the set's pseudonym. */
export function candidateNameForCoach(name: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`case when ${answerIsBlind} then ${pseudonym} else ${name} end`;
}

/**
 * Any other identifying column (id for links and filters, email, avatar): null while blind, so
 * a page cannot link to the candidate's profile or filter the queue by them.
 */
export function candidateFieldForCoach<T>(column: AnyPgColumn | SQL): SQL<T | null> {
  return sql<T | null>`case when ${answerIsBlind} then null else ${column} end`;
}
