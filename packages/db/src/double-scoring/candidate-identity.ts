import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../schema/users.ts";

/** The candidate of an answer, joined under this alias in every double-scoring query. */
export const candidate = alias(users, "candidate");

/**
 * How the second-grade and moderation views name the candidate: the one selection to change
 * when a question set's blind grading masks names.
 */
export const candidateIdentity = {
  candidateId: candidate.id,
  candidateName: sql<string>`${candidate.name}`.as("candidate_name"),
};
