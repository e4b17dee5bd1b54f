import { relations, sql } from "drizzle-orm";
import {
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { assignments } from "./assignments.ts";
import { cohorts } from "./cohorts.ts";
import { questions } from "./questions.ts";
import { users } from "./users.ts";

// "superseded": the candidate submitted a newer attempt before this one was reviewed. It leaves
// the queue for good (only the latest attempt per candidate and question is gradeable) and stays
// in their history.
// "unscorable": the engine found no answer to score (another language, gibberish, the prompt
// pasted back, ...). Stored with the engine's verdict and no auto score; never queued for a coach,
// never counted in an average or as answering an assignment, and never superseding an attempt.
export const answerStatuses = [
  "submitted",
  "in_review",
  "reviewed",
  "superseded",
  "unscorable",
] as const;
export type AnswerStatus = (typeof answerStatuses)[number];
export const answerStatus = pgEnum("answer_status", answerStatuses);

/** A submitted attempt. Drafts live in `drafts`; revising submits a new attempt. */
export const answers = pgTable(
  "answers",
  {
    id: uuid().primaryKey().defaultRandom(),
    candidateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid()
      .notNull()
      .references(() => questions.id, { onDelete: "restrict" }),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    assignmentId: uuid().references(() => assignments.id, { onDelete: "set null" }),
    attempt: integer().notNull(),
    body: text().notNull(),
    wordCount: integer().notNull(),
    status: answerStatus().notNull().default("submitted"),
    // Chosen by the client per submit: a retry or a double-click reuses it and gets the first
    // result back instead of a second row.
    idempotencyKey: text().notNull(),
    // Bumped by every review save: the version check that stops two coaches overwriting each other.
    version: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp({ withTimezone: true }),
    // The engine's verdict on an "unscorable" attempt (null otherwise): its reason code, the
    // sentence the candidate saw, and the engine version that gave it.
    unscorableReason: text(),
    unscorableMessage: text(),
    unscorableEngineVersion: text(),
    // Double-scoring's sampling bucket (0–99) from the md5 of the id: an answer is sampled when
    // its bucket is under its cohort's rate. Stored so the second-grade queue reads a cohort's
    // sample by index instead of hashing every answer.
    sampleBucket: smallint()
      .notNull()
      .generatedAlwaysAs(sql`((('x' || substr(md5(id::text), 1, 7))::bit(28)::int) % 100)`),
  },
  (t) => [
    unique().on(t.candidateId, t.idempotencyKey),
    unique().on(t.candidateId, t.questionId, t.attempt),
    // Review queue: a cohort's answers by status, oldest first.
    index().on(t.cohortId, t.status, t.submittedAt),
    index().on(t.candidateId, t.submittedAt.desc()),
    // Lead dashboard and CSV export: a cohort's answers in a submitted-at range, in order.
    index().on(t.cohortId, t.submittedAt, t.id),
    index().on(t.assignmentId).where(sql`${t.assignmentId} is not null`),
    // Grade by question: each candidate's latest gradeable attempt at one question of a cohort,
    // read in order (DISTINCT ON candidate, newest attempt first) without a sort.
    index()
      .on(t.questionId, t.cohortId, t.candidateId, t.attempt.desc())
      .where(sql`${t.status} in ('submitted', 'in_review', 'reviewed')`),
    // Second-grade queue: a cohort's sampled answers.
    index().on(t.cohortId, t.sampleBucket),
  ],
);

/** One autosaved draft per candidate and question, overwritten as they type. */
export const drafts = pgTable(
  "drafts",
  {
    id: uuid().primaryKey().defaultRandom(),
    candidateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    assignmentId: uuid().references(() => assignments.id, { onDelete: "set null" }),
    body: text().notNull(),
    // The attempt the editor saw as the latest when it wrote this draft (0: none yet). A draft is
    // live only while no later attempt exists, and a save based on an older attempt is refused:
    // a save still in flight when its text was submitted cannot bring the draft back.
    basedOnAttempt: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.candidateId, t.questionId)],
);

export const answersRelations = relations(answers, ({ one }) => ({
  candidate: one(users, { fields: [answers.candidateId], references: [users.id] }),
  question: one(questions, { fields: [answers.questionId], references: [questions.id] }),
  cohort: one(cohorts, { fields: [answers.cohortId], references: [cohorts.id] }),
  assignment: one(assignments, { fields: [answers.assignmentId], references: [assignments.id] }),
}));

export type Answer = typeof answers.$inferSelect;
export type Draft = typeof drafts.$inferSelect;
