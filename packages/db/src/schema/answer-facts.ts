import { index, integer, pgTable, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { answerStatus, answers } from "./answers.ts";
import { questionKind } from "./questions.ts";

/**
 * One narrow row per scored answer: the answer's keys and week, the score that counts, its
 * engine ("e_") and coach ("c_") scores side by side, and its review's reviewer and time. Derived data, never written by
 * the application: triggers on answers, scores, reviews and questions (migration 0003) rebuild
 * an answer's row whenever any of them changes, in the same transaction.
 *
 * It exists for the lead dashboard, which aggregates every answer of a cohort (50,000 in the
 * large demo): reading one table instead of joining answers to two score rows, a review and a
 * question is what keeps it inside its time budget. The c_ columns mirror the coach's score row
 * whatever the answer's status; the unprefixed ones already apply the rule of which counts.
 */
export const answerFacts = pgTable(
  "answer_facts",
  {
    answerId: uuid()
      .primaryKey()
      .references(() => answers.id, { onDelete: "cascade" }),
    cohortId: uuid().notNull(),
    candidateId: uuid().notNull(),
    questionId: uuid().notNull(),
    kind: questionKind().notNull(),
    attempt: integer().notNull(),
    status: answerStatus().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    /** Monday 00:00 UTC of the submission's week: the dashboards' week bucket. */
    weekStart: timestamp({ withTimezone: true }).notNull(),
    // The score that counts: the coach's once the review has landed (status 'reviewed'),
    // otherwise the engine's.
    overall: smallint().notNull(),
    structure: smallint().notNull(),
    ownership: smallint().notNull(),
    specificity: smallint().notNull(),
    depth: smallint().notNull(),
    tradeoffs: smallint().notNull(),
    impact: smallint().notNull(),
    reflection: smallint().notNull(),
    delivery: smallint().notNull(),
    eOverall: smallint().notNull(),
    eStructure: smallint().notNull(),
    eOwnership: smallint().notNull(),
    eSpecificity: smallint().notNull(),
    eDepth: smallint().notNull(),
    eTradeoffs: smallint().notNull(),
    eImpact: smallint().notNull(),
    eReflection: smallint().notNull(),
    eDelivery: smallint().notNull(),
    cOverall: smallint(),
    cStructure: smallint(),
    cOwnership: smallint(),
    cSpecificity: smallint(),
    cDepth: smallint(),
    cTradeoffs: smallint(),
    cImpact: smallint(),
    cReflection: smallint(),
    cDelivery: smallint(),
    reviewerId: uuid(),
    /** The review's submission time; null while it is a draft or there is none. */
    reviewedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.cohortId, t.submittedAt),
    // Each question's latest attempt, read in index order with DISTINCT ON and no sort: the
    // trailing columns are everything the heat map reads, so it is an index-only scan.
    index("answer_facts_latest_index").on(
      t.cohortId,
      t.candidateId,
      t.questionId,
      t.attempt.desc(),
      t.submittedAt,
      t.kind,
      t.overall,
      t.structure,
      t.ownership,
      t.specificity,
      t.depth,
      t.tradeoffs,
      t.impact,
      t.reflection,
      t.delivery,
    ),
  ],
);

export type AnswerFact = typeof answerFacts.$inferSelect;
