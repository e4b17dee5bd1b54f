import { sql } from "drizzle-orm";
import { candidateFieldForCoach, candidateNameForCoach } from "../reviews/blind.ts";
import { answers } from "../schema/answers.ts";
import { users } from "../schema/users.ts";

/**
 * How the second-grade and moderation views name an answer's candidate, through blind grading's
 * mask: a blind set's pseudonym (and no id) until the answer's review is published. The name is a
 * scalar subquery rather than a join, so it adds nothing to the planner's join search (the
 * moderation list's budget is mostly planning time).
 */
export const candidateIdentity = {
  candidateId: candidateFieldForCoach<string>(answers.candidateId),
  candidateName: candidateNameForCoach(
    sql`(select ${users.name} from ${users} where ${users.id} = ${answers.candidateId})`,
  ),
};
