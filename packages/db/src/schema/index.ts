// One module per noun; later nouns (questions, answers, scores, ...) add a file beside these
// and one line here. drizzle.config.ts and the relational query API both read this module.
export * from "./audit-events.ts";
export * from "./cohorts.ts";
export * from "./memberships.ts";
export * from "./organisations.ts";
export * from "./users.ts";
