import { scoreAnswer } from "@debrief/core";
import {
  computeOverall,
  type DimensionKey,
  dimensionKeys,
  type QuestionKind,
} from "@debrief/core/rubric";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { recordSubmittedAnswer } from "../answers/answers.ts";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { notifications } from "../schema/notifications.ts";
import { questionSetItems, questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { dimensionsOf } from "../scores/score-columns.ts";
import { DEMO_COHORT_NAMES } from "../users/demo-accounts.ts";
import { type Level, rewrite, type SeededAnswer } from "./history.ts";
import { DEMO_ACCOUNTS } from "./organisation.ts";

export interface SeedDemoReviewsOptions {
  now: Date;
  /** What seedDemoHistory created; a share of it gets graded. */
  history: readonly SeededAnswer[];
}

export interface SeededReviews {
  sets: number;
  assignments: number;
  assignedAnswers: number;
  reviewed: number;
  inReview: number;
  toReview: number;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
// Answers newer than this are still waiting: the queue always has fresh work at the top.
const waitingDays = 5;

interface SetPlan {
  title: string;
  description: string;
  kinds: QuestionKind[];
  /** Relative to now, in days: when it was assigned and when it is due. */
  assignedDaysAgo: number;
  dueInDays: number;
}

// Per cohort: a story set that is already past due (overdue for whoever has not finished) and a
// screen-prep set due next week. The second cohort takes the next question of each kind.
const setPlans: SetPlan[] = [
  {
    title: "Stories under pressure",
    description:
      "Four stories every loop asks for: a project you drove, an incident, a disagreement and a cross-team call. Frame each in the first few lines.",
    kinds: ["deep_dive", "debugging", "conflict", "cross_functional", "deep_dive"],
    assignedDaysAgo: 12,
    dueInDays: -3,
  },
  {
    title: "Recruiter screen warm-up",
    description:
      "Short answers for the first call: who you are, why this role, and the logistics, plus one incident told in under two minutes.",
    kinds: ["intro", "motivation", "logistics", "debugging"],
    assignedDaysAgo: 2,
    dueInDays: 5,
  },
];

const overrideReasons: Record<DimensionKey, { up: string; down: string }> = {
  structure: {
    up: "The arc is there in order; the opening frames it even without the usual cue words.",
    down: "Beats jump back and forth; the root cause comes before the symptoms.",
  },
  ownership: {
    up: "Decisions are clearly theirs in context even where the sentence says we.",
    down: "Every decision is we; I can't tell what they did themselves.",
  },
  specificity: {
    up: "The numbers are approximate but tied to each claim, which is what we want.",
    down: "Numbers are there but not tied to the claims they support.",
  },
  depth: {
    up: "Names the queue, the idempotency key and the storage boundary: real mechanism.",
    down: "Lists components but never explains how the fix works.",
  },
  tradeoffs: {
    up: "The rejected option and its cost are stated, just briefly.",
    down: "Mentions an alternative but not why it lost or what was given up.",
  },
  impact: {
    up: "The outcome has a baseline and is attributed to the change.",
    down: "The result is a team metric with no link to this decision.",
  },
  reflection: {
    up: "The follow-up (runbook and alert) is a concrete prevention step.",
    down: "The lesson is generic; nothing would change next time.",
  },
  delivery: {
    up: "Reads as natural speech and fits the time box.",
    down: "Too long for the question; would run well past two minutes spoken.",
  },
};

export const demoOverallComments = [
  "Solid story. Lead with the one-line summary, then the numbers you already have.",
  "The middle is strong; the ending needs the measured result and what you'd do differently.",
  "Good ownership. Cut the background by half so the decision comes sooner.",
  "Clear and specific. Next attempt: name the alternative you rejected and its cost.",
  "This would land in a screen. Tighten the opening and keep the pace.",
  "Too much we — rewrite the decisions in first person and it moves up a band.",
];

function clamp(value: number): number {
  return Math.max(0, Math.min(4, value));
}

/** Sentence ranges [start, end) of a body, for anchoring comments. */
function sentenceRanges(body: string): Array<{ start: number; end: number; text: string }> {
  const ranges: Array<{ start: number; end: number; text: string }> = [];
  const pattern = /[^.!?\n]+[.!?]?/g;
  for (const match of body.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length < 12) continue;
    const start = (match.index ?? 0) + lead;
    ranges.push({ start, end: start + text.length, text });
  }
  return ranges;
}

function anchoredComments(body: string, variant: number) {
  const sentences = sentenceRanges(body);
  const comments: Array<{ start: number; end: number; body: string }> = [];
  const first = sentences[0];
  if (first) {
    comments.push({
      start: first.start,
      end: first.end,
      body:
        variant % 2 === 0
          ? "Good opening: the listener knows what this story is about."
          : "Open with one line of context before the details.",
    });
  }
  const numbered = sentences.find((s, i) => i > 0 && /\d/.test(s.text));
  const team = sentences.find((s, i) => i > 0 && /\bwe\b/i.test(s.text));
  const second = variant % 3 === 0 ? (team ?? numbered) : (numbered ?? team);
  if (second) {
    comments.push({
      start: second.start,
      end: second.end,
      body: /\bwe\b/i.test(second.text)
        ? "Which part of this was yours? Say I for your own decisions."
        : "Good — a number with a unit. Add the baseline it improved on.",
    });
  }
  return comments;
}

/**
 * The coaching half of the demo: two question sets per demo cohort assigned to its candidates
 * (one overdue, one upcoming), answers to them, and grades for most answers older than five
 * days — by coach@demo in the first cohort and the second coach in the other — that mostly
 * accept the engine but sometimes override it with a reason, with overall and anchored
 * comments and review notifications (the latest two per candidate unread). Newer answers, and a
 * few older ones left "in review", make the queue. Deterministic for a given `now` and bank.
 */
export async function seedDemoReviews(
  db: Db,
  options: SeedDemoReviewsOptions,
): Promise<SeededReviews> {
  const { now } = options;
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
  const bank = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
      exampleAnswer: questions.exampleAnswer,
    })
    .from(questions)
    .where(and(isNotNull(questions.slug), isNull(questions.cohortId), isNull(questions.archivedAt)))
    .orderBy(asc(questions.slug));
  const demoCohorts = await db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(inArray(cohorts.name, [...DEMO_COHORT_NAMES]))
    .orderBy(asc(cohorts.name));
  const result: SeededReviews = {
    sets: 0,
    assignments: 0,
    assignedAnswers: 0,
    reviewed: 0,
    inReview: 0,
    toReview: 0,
  };
  if (bank.length === 0) return result;
  const candidateOrder = DEMO_ACCOUNTS.filter((a) => a.role === "candidate").map((a) => a.email);
  const graded: SeededAnswer[] = [...options.history];

  for (const [cohortIndex, name] of DEMO_COHORT_NAMES.entries()) {
    const cohort = demoCohorts.find((c) => c.name === name);
    if (!cohort) continue;
    const members = await db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.cohortId, cohort.id));
    const coach = members.find((m) => m.role === "coach");
    const candidates = candidateOrder.flatMap((email) =>
      members.filter((m) => m.email === email && m.role === "candidate"),
    );
    if (!coach || candidates.length === 0) continue;

    for (const [setIndex, plan] of setPlans.entries()) {
      const used = new Set<string>();
      const picked = plan.kinds.flatMap((kind) => {
        const ofKind = bank.filter((q) => q.kind === kind && !used.has(q.id));
        const question = ofKind[cohortIndex % Math.max(1, ofKind.length)];
        if (!question) return [];
        used.add(question.id);
        return [question];
      });
      const createdAt = at(-plan.assignedDaysAgo * dayMs - 3 * hourMs);
      const [set] = await db
        .insert(questionSets)
        .values({
          cohortId: cohort.id,
          title: plan.title,
          description: plan.description,
          createdById: coach.id,
          createdAt,
          updatedAt: createdAt,
        })
        .returning({ id: questionSets.id });
      if (!set) throw new Error("insert into question_sets returned no row");
      result.sets++;
      await db
        .insert(questionSetItems)
        .values(picked.map((q, position) => ({ setId: set.id, questionId: q.id, position })));
      const dueAt = at(plan.dueInDays * dayMs + (17 - 9) * hourMs);
      const rows = await db
        .insert(assignments)
        .values(
          candidates.map((c) => ({
            setId: set.id,
            cohortId: cohort.id,
            candidateId: c.id,
            assignedById: coach.id,
            dueAt,
            createdAt,
            updatedAt: createdAt,
          })),
        )
        .returning({ id: assignments.id, candidateId: assignments.candidateId });
      result.assignments += rows.length;

      // Progress varies: some finished, some part-way (overdue on the past-due set), some not started.
      for (const [candidateIndex, candidate] of candidates.entries()) {
        const assignment = rows.find((r) => r.candidateId === candidate.id);
        if (!assignment) continue;
        const pattern = (candidateIndex + cohortIndex + setIndex) % 4;
        const count =
          setIndex === 0 ? ([picked.length, 2, 1, 0][pattern] ?? 0) : ([1, 0, 1, 0][pattern] ?? 0);
        const span = (plan.assignedDaysAgo - 0.5) * dayMs;
        for (let n = 0; n < count; n++) {
          const question = picked[n];
          if (!question) continue;
          const level = ((candidateIndex + n) % 3) as Level;
          const body = rewrite(question.exampleAnswer, level, candidateIndex + n + setIndex);
          const scored = scoreAnswer({
            kind: question.kind,
            prompt: question.prompt,
            answer: body,
          });
          if (scored.status !== "scored")
            throw new Error(`demo answer not scorable: ${scored.message}`);
          const submittedAt = new Date(
            createdAt.getTime() +
              ((n + 1) * span) / (count + 1) +
              ((candidateIndex * 7) % 5) * hourMs,
          );
          const saved = await recordSubmittedAnswer(db, {
            candidateId: candidate.id,
            questionId: question.id,
            cohortId: cohort.id,
            assignmentId: assignment.id,
            body,
            wordCount: scored.stats.words,
            idempotencyKey: `demo-assigned-${cohortIndex}-${setIndex}-${candidateIndex}-${n}`,
            submittedAt,
            score: {
              overall: scored.overall,
              dimensions: scored.dimensions,
              flags: scored.flags,
              evidence: scored.evidence,
              suggestions: scored.suggestions,
              engineVersion: scored.version,
            },
          });
          result.assignedAnswers++;
          graded.push({
            answerId: saved.answerId,
            candidateId: candidate.id,
            cohortId: cohort.id,
            questionId: question.id,
            attempt: saved.attempt,
            overall: scored.overall,
            submittedAt,
          });
        }
      }
    }

    // Grade this cohort's older answers, oldest first.
    const ownAnswers = graded
      .filter((a) => a.cohortId === cohort.id)
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    const details = await loadAnswers(
      db,
      ownAnswers.map((a) => a.answerId),
    );
    const latestReviewed = new Map<string, Date[]>();
    const reviewedNotes: Array<{
      userId: string;
      answerId: string;
      at: Date;
      data: Record<string, unknown>;
    }> = [];
    for (const [index, seeded] of ownAnswers.entries()) {
      const answer = details.get(seeded.answerId);
      if (!answer) continue;
      const age = now.getTime() - seeded.submittedAt.getTime();
      if (age < waitingDays * dayMs) {
        result.toReview++;
        continue;
      }
      const isDraft = index % 6 === 5;
      const engine = dimensionsOf(answer.auto);
      const coachDims = { ...engine };
      const reasons: Partial<Record<DimensionKey, string>> = {};
      // About a third of grades override one dimension (every ninth, two), always with a reason.
      const overrides = index % 3 === 1 ? (index % 9 === 4 ? 2 : 1) : 0;
      for (let k = 0; k < overrides; k++) {
        const key = dimensionKeys[(index + k * 3) % dimensionKeys.length];
        if (!key) continue;
        const current = engine[key];
        const up = current <= 1 || (current === 2 && (index + k) % 2 === 0);
        const next = clamp(current + (up ? 1 : -1));
        if (next === current) continue;
        coachDims[key] = next;
        reasons[key] = up ? overrideReasons[key].up : overrideReasons[key].down;
      }
      const overall = computeOverall(answer.kind, coachDims);
      // Turnaround between 6 hours and 3 days, never in the future.
      const reviewedAt = new Date(
        Math.min(
          seeded.submittedAt.getTime() + (6 + ((index * 17) % 66)) * hourMs,
          now.getTime() - hourMs,
        ),
      );
      await db
        .update(answers)
        .set({
          status: isDraft ? "in_review" : "reviewed",
          reviewedAt: isDraft ? null : reviewedAt,
          version: 2,
        })
        .where(eq(answers.id, seeded.answerId));
      const [review] = await db
        .insert(reviews)
        .values({
          answerId: seeded.answerId,
          reviewerId: coach.id,
          overallComment: isDraft
            ? ""
            : (demoOverallComments[index % demoOverallComments.length] ?? ""),
          overrideReasons: reasons,
          submittedAt: isDraft ? null : reviewedAt,
          publishedAt: isDraft ? null : reviewedAt,
          createdAt: reviewedAt,
          updatedAt: reviewedAt,
        })
        .returning({ id: reviews.id });
      if (!review) throw new Error("insert into reviews returned no row");
      const comments = anchoredComments(answer.body, index).slice(0, isDraft ? 1 : 2);
      if (comments.length > 0) {
        await db.insert(reviewComments).values(
          comments.map((c) => ({
            reviewId: review.id,
            authorId: coach.id,
            start: c.start,
            end: c.end,
            quote: answer.body.slice(c.start, c.end),
            body: c.body,
            createdAt: reviewedAt,
          })),
        );
      }
      await db.insert(scores).values({
        answerId: seeded.answerId,
        source: "coach",
        reviewerId: coach.id,
        overall,
        ...coachDims,
        createdAt: reviewedAt,
        updatedAt: reviewedAt,
      });
      if (isDraft) {
        result.inReview++;
        continue;
      }
      result.reviewed++;
      const times = latestReviewed.get(seeded.candidateId) ?? [];
      times.push(reviewedAt);
      latestReviewed.set(seeded.candidateId, times);
      reviewedNotes.push({
        userId: seeded.candidateId,
        answerId: seeded.answerId,
        at: reviewedAt,
        data: {
          answerId: seeded.answerId,
          questionId: seeded.questionId,
          questionTitle: answer.title,
          attempt: seeded.attempt,
          reviewerName: coach.name,
          overall,
        },
      });
    }
    if (reviewedNotes.length > 0) {
      await db.insert(notifications).values(
        reviewedNotes.map((note) => {
          // The two most recent reviews per candidate are unread: the badge has something to show.
          const times = (latestReviewed.get(note.userId) ?? []).map((t) => t.getTime());
          const recent = times.sort((a, b) => b - a).slice(0, 2);
          const isUnread = recent.includes(note.at.getTime());
          return {
            userId: note.userId,
            kind: "review_landed",
            subjectId: note.answerId,
            data: note.data,
            createdAt: note.at,
            readAt: isUnread
              ? null
              : new Date(Math.min(note.at.getTime() + 2 * hourMs, now.getTime())),
          };
        }),
      );
    }
  }
  return result;
}

async function loadAnswers(db: Db, answerIds: readonly string[]) {
  if (answerIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: answers.id,
      body: answers.body,
      kind: questions.kind,
      title: questions.title,
      auto: scores,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "auto")))
    .where(inArray(answers.id, [...answerIds]));
  return new Map(rows.map((row) => [row.id, row]));
}
