// One module per noun; later nouns (questions, answers, scores, ...) add a file beside these
// and one line here. drizzle.config.ts and the relational query API both read this module.
export * from "./answer-facts.ts";
export * from "./answers.ts";
export * from "./assignments.ts";
export * from "./audit-events.ts";
export * from "./cohorts.ts";
export * from "./comment-bank.ts";
export * from "./guides.ts";
export * from "./invitations.ts";
export * from "./memberships.ts";
export * from "./notifications.ts";
export * from "./organisations.ts";
export * from "./password-resets.ts";
export * from "./question-sets.ts";
export * from "./questions.ts";
export * from "./regrade-requests.ts";
export * from "./reviews.ts";
export * from "./scores.ts";
export * from "./second-grades.ts";
export * from "./sessions.ts";
export * from "./users.ts";
