import { scoreAnswer } from "@debrief/core";
import type { QuestionKind } from "@debrief/core/rubric";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../client.ts";
import { recordSubmittedAnswer } from "../answers/answers.ts";
import { memberships } from "../schema/memberships.ts";
import { questions } from "../schema/questions.ts";
import { users } from "../schema/users.ts";
import { DEMO_ACCOUNTS } from "./organisation.ts";

export interface SeedDemoHistoryOptions {
  /** History is laid out over the six weeks before this instant. */
  now: Date;
}

export interface SeededAnswer {
  answerId: string;
  candidateId: string;
  cohortId: string;
  questionId: string;
  attempt: number;
  overall: number;
  submittedAt: Date;
}

const dayMs = 24 * 60 * 60 * 1000;
const historyDays = 42;

/**
 * Gives every demo candidate 3–8 submitted, engine-scored answers over the last six weeks, some
 * revised into attempts 2–3 that improve, so practice pages and dashboards start with real
 * history. Deterministic for a given `now` and bank. Returns what it created: the coach-review
 * seed (review-queue issue) grades a share of these answers.
 */
export async function seedDemoHistory(
  db: Db,
  options: SeedDemoHistoryOptions,
): Promise<SeededAnswer[]> {
  const candidateEmails = DEMO_ACCOUNTS.filter((a) => a.role === "candidate").map((a) => a.email);
  const candidates = await db
    .select({ id: users.id, email: users.email, cohortId: memberships.cohortId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(inArray(users.email, candidateEmails), eq(memberships.role, "candidate")));
  const bank = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      prompt: questions.prompt,
      exampleAnswer: questions.exampleAnswer,
    })
    .from(questions)
    .where(and(isNotNull(questions.slug), isNull(questions.cohortId), isNull(questions.archivedAt)))
    .orderBy(asc(questions.slug));
  if (bank.length === 0) return [];

  const seeded: SeededAnswer[] = [];
  // In DEMO_ACCOUNTS order so each candidate's history is the same on every install.
  const ordered = candidateEmails.flatMap((email) => candidates.filter((c) => c.email === email));
  for (const [index, candidate] of ordered.entries()) {
    const plan = planHistory(
      index,
      bank.map((q) => q.kind),
    );
    const step = historyDays / (plan.length + 1);
    for (const [n, item] of plan.entries()) {
      const question = bank[item.questionIndex];
      if (!question) continue;
      const body = rewrite(question.exampleAnswer, item.level, item.isRevision ? 1 : index + n);
      const result = scoreAnswer({
        kind: question.kind,
        prompt: question.prompt,
        answer: body,
      });
      if (result.status !== "scored")
        throw new Error(`demo answer not scorable: ${result.message}`);
      // Spread over six weeks, oldest first, at varied daytime hours.
      const submittedAt = new Date(
        options.now.getTime() -
          (historyDays - step * (n + 1)) * dayMs -
          ((index * 5 + n * 3) % 9) * 3_600_000,
      );
      const saved = await recordSubmittedAnswer(db, {
        candidateId: candidate.id,
        questionId: question.id,
        cohortId: candidate.cohortId,
        assignmentId: null,
        body,
        wordCount: result.stats.words,
        idempotencyKey: `demo-history-${index}-${n}`,
        submittedAt,
        score: {
          overall: result.overall,
          dimensions: result.dimensions,
          flags: result.flags,
          evidence: result.evidence,
          suggestions: result.suggestions,
          engineVersion: result.version,
        },
      });
      seeded.push({
        answerId: saved.answerId,
        candidateId: candidate.id,
        cohortId: candidate.cohortId,
        questionId: question.id,
        attempt: saved.attempt,
        overall: result.overall,
        submittedAt,
      });
    }
  }
  return seeded;
}

/** 0 = weak first try, 1 = middling, 2 = close to the model answer. */
export type Level = 0 | 1 | 2;

interface PlannedAnswer {
  questionIndex: number;
  level: Level;
  /** A later attempt: at the top level it is the full model answer, so it clearly improves. */
  isRevision: boolean;
}

/**
 * 3–8 answers per candidate: a few questions, some attempted more than once with each attempt
 * a level better. Attempts of one question are kept in order but interleaved with others.
 */
function planHistory(candidateIndex: number, kinds: readonly QuestionKind[]): PlannedAnswer[] {
  const bankSize = kinds.length;
  const total = 3 + ((candidateIndex * 7 + 2) % 6);
  const rounds: PlannedAnswer[][] = [];
  let count = 0;
  for (let q = 0; count < total; q++) {
    // Stride through the bank so candidates cover different kinds and questions.
    const questionIndex = (candidateIndex * 11 + q * 13) % bankSize;
    // Logistics answers are short facts: a rewrite of a good one is rarely better, so no revisions.
    const maxAttempts = kinds[questionIndex] === "logistics" ? 1 : 3;
    const attempts = Math.min(total - count, maxAttempts, 1 + ((candidateIndex + q * 2) % 3));
    // Three attempts climb 0 → 1 → 2; two climb from 0 or 1; a single one is any level.
    const start = (attempts === 3 ? 0 : (candidateIndex + q) % (attempts === 2 ? 2 : 3)) as Level;
    for (let a = 0; a < attempts; a++) {
      const level = Math.min(2, start + a) as Level;
      const round = rounds[a] ?? [];
      round.push({ questionIndex, level, isRevision: a > 0 });
      rounds[a] = round;
    }
    count += attempts;
  }
  return rounds.flat();
}

export function rewrite(example: string, level: Level, variant: number): string {
  const paragraphs = example.split(/\n\n+/);
  if (level === 2) {
    // Strong, but usually without the closing lesson: a realistic near-miss of the model.
    return variant % 2 === 0 && paragraphs.length > 2
      ? paragraphs.slice(0, -1).join("\n\n")
      : example;
  }
  if (level === 1) {
    const trimmed = paragraphs.length > 2 ? paragraphs.slice(0, -1) : paragraphs;
    const text = trimmed.join("\n\n");
    return variant % 2 === 0 ? toTeamVoice(text) : toVague(text);
  }
  return hedge(toTeamVoice(toVague(truncate(paragraphs))));
}

/** Roughly the first half, by paragraphs when there are several, else by sentences. */
function truncate(paragraphs: string[]): string {
  if (paragraphs.length >= 3)
    return paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join("\n\n");
  const sentences = splitSentences(paragraphs.join(" "));
  return sentences.slice(0, Math.max(2, Math.ceil(sentences.length / 2))).join(" ");
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
}

/** Every "I" becomes "we": the hidden-ownership pattern. */
function toTeamVoice(text: string): string {
  return text
    .replace(/\bI'm\b/g, "we're")
    .replace(/\bI'll\b/g, "we'll")
    .replace(/\bI've\b/g, "we've")
    .replace(/\bI'd\b/g, "we'd")
    .replace(/\bI\b/g, "we")
    .replace(/\bmy\b/g, "our")
    .replace(/\bMy\b/g, "Our")
    .replace(/\bme\b/g, "us")
    .replace(/(^|[.!?]\s+|\n)we\b/g, (_match, before: string) => `${before}We`);
}

/** Drops most sentences with numbers and adds scale words instead: the vague-scale pattern. */
function toVague(text: string): string {
  let kept = 0;
  const paragraphs = text.split(/\n\n+/).map((paragraph) =>
    splitSentences(paragraph)
      .filter((sentence) => {
        if (!/\d/.test(sentence)) return true;
        kept++;
        return kept === 1;
      })
      .join(" "),
  );
  return [
    ...paragraphs.filter((p) => p.length > 0),
    "In the end it was a lot faster and handled much higher scale.",
  ].join("\n\n");
}

/** Softens a few sentences with hedges and filler. */
function hedge(text: string): string {
  const hedges = ["I guess ", "Basically, ", "Kind of honestly, ", "I think "];
  let n = 0;
  return text
    .split(/\n\n+/)
    .map((paragraph) =>
      splitSentences(paragraph)
        .map((sentence) => {
          n++;
          if (n % 3 !== 1) return sentence;
          const prefix = hedges[n % hedges.length] ?? "";
          // "I" stays capitalised; any other opening word continues the hedge in lower case.
          const rest = /^I\b/.test(sentence)
            ? sentence
            : `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
          return `${prefix}${rest}`;
        })
        .join(" "),
    )
    .join("\n\n");
}
