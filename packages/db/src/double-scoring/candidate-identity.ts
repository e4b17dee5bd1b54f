import { sql } from "drizzle-orm";
import { answers } from "../schema/answers.ts";
import { users } from "../schema/users.ts";

/**
 * How the second-grade and moderation views name an answer's candidate: the one selection to
 * change when a question set's blind grading masks names. A scalar subquery rather than a join,
 * so it adds nothing to the planner's join search (the moderation list's budget is mostly
 * planning time).
 */
export const candidateIdentity = {
  candidateId: answers.candidateId,
  candidateName: sql<string>`(select ${users.name} from ${users} where ${users.id} = ${answers.candidateId})`,
};
