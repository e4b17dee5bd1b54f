import { computeOverall, type DimensionKey, dimensionKeys } from "@debrief/core/rubric";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { badRequest, conflict, DomainError, notFound } from "../errors.ts";
import { defaultRegradeWindowDays, maxRegradeReasonLength } from "../limits.ts";
import type { LeadScope } from "../members/members.ts";
import { defaultOrigin, notifyUser } from "../notifications/notify.ts";
import { candidateNameForCoach } from "../reviews/blind.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import {
  type RegradeScores,
  type RegradeStatus,
  regradeRequests,
} from "../schema/regrade-requests.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import type { CandidateScope } from "../scopes/candidate-scope.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";
import { assertDimensionScore, dimensionsOf } from "../scores/score-columns.ts";
import { isUuid } from "../users/users.ts";

const dayMs = 86_400_000;

/** Whether the candidate may ask now, and if not, the sentence that says why. */
export type RegradeAvailability =
  | { isOpen: true; closesAt: Date }
  | { isOpen: false; reason: string; closedAt: Date | null };

/** One request and its decision, as both sides read it (old → new for the named dimensions). */
export interface RegradeView {
  id: string;
  answerId: string;
  status: RegradeStatus;
  dimensions: DimensionKey[];
  reason: string;
  createdAt: Date;
  /** The coach's reason (accepted) or answer (declined); null while pending. */
  coachAnswer: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  before: RegradeScores;
  after: RegradeScores | null;
}

export interface CandidateRegrade {
  availability: RegradeAvailability;
  request: RegradeView | null;
}

/**
 * The window rule, pure: only a released coach review of a reviewed attempt can be regraded,
 * within the set's window (days after `publishedAt`); a window of 0 turns regrades off. A
 * superseded attempt never has a released review, so it is refused as "not released".
 */
export function regradeAvailabilityOf(input: {
  status: string;
  publishedAt: Date | null;
  windowDays: number;
  now: Date;
}): RegradeAvailability {
  if (input.status !== "reviewed" || input.publishedAt === null) {
    return {
      isOpen: false,
      reason: "You can ask for a regrade once your coach's review is released.",
      closedAt: null,
    };
  }
  if (input.windowDays <= 0) {
    return {
      isOpen: false,
      reason: "Regrade requests are turned off for this question set.",
      closedAt: null,
    };
  }
  const closesAt = new Date(input.publishedAt.getTime() + input.windowDays * dayMs);
  if (input.now.getTime() >= closesAt.getTime()) {
    return {
      isOpen: false,
      reason: `Regrade requests close ${input.windowDays} day${input.windowDays === 1 ? "" : "s"} after a review is released.`,
      closedAt: closesAt,
    };
  }
  return { isOpen: true, closesAt };
}

// The set's window when the answer belongs to one (through its assignment), else the default.
const windowDays = sql<number>`coalesce(${questionSets.regradeWindowDays}, ${defaultRegradeWindowDays}::int)::int`;

const decider = alias(users, "decider");
const viewColumns = {
  id: regradeRequests.id,
  answerId: regradeRequests.answerId,
  status: regradeRequests.status,
  dimensions: regradeRequests.dimensions,
  reason: regradeRequests.reason,
  createdAt: regradeRequests.createdAt,
  coachAnswer: regradeRequests.coachAnswer,
  decidedByName: decider.name,
  decidedAt: regradeRequests.decidedAt,
  before: regradeRequests.scoresBefore,
  after: regradeRequests.scoresAfter,
};

function toView(row: {
  id: string;
  answerId: string;
  status: RegradeStatus;
  dimensions: string[];
  reason: string;
  createdAt: Date;
  coachAnswer: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  before: RegradeScores;
  after: RegradeScores | null;
}): RegradeView {
  return {
    ...row,
    dimensions: dimensionKeys.filter((key) => row.dimensions.includes(key)),
  };
}

function cleanText(text: string, field: string, empty: string): string {
  const clean = text.trim();
  if (clean.length === 0) throw badRequest(`${field}: ${empty}`);
  if (clean.length > maxRegradeReasonLength) {
    throw badRequest(
      `${field}: keep it under ${maxRegradeReasonLength} characters (this has ${clean.length}).`,
    );
  }
  return clean;
}

/** The candidate's own answer: whether a regrade can be asked, and the request if there is one. */
export async function getRegradeForCandidate(
  db: Db,
  scope: Pick<CandidateScope, "candidateId">,
  input: { answerId: string; now?: Date },
): Promise<CandidateRegrade> {
  if (!isUuid(input.answerId)) throw notFound("Answer not found.");
  const [row] = await db
    .select({
      status: answers.status,
      publishedAt: reviews.publishedAt,
      windowDays,
    })
    .from(answers)
    .leftJoin(reviews, eq(reviews.answerId, answers.id))
    .leftJoin(assignments, eq(assignments.id, answers.assignmentId))
    .leftJoin(questionSets, eq(questionSets.id, assignments.setId))
    .where(and(eq(answers.id, input.answerId), eq(answers.candidateId, scope.candidateId)))
    .limit(1);
  if (!row) throw notFound("Answer not found.");
  const [request] = await db
    .select(viewColumns)
    .from(regradeRequests)
    .leftJoin(decider, eq(decider.id, regradeRequests.decidedById))
    .where(
      and(
        eq(regradeRequests.answerId, input.answerId),
        eq(regradeRequests.candidateId, scope.candidateId),
      ),
    )
    .limit(1);
  const availability = regradeAvailabilityOf({
    status: row.status,
    publishedAt: row.publishedAt,
    windowDays: Number(row.windowDays),
    now: input.now ?? new Date(),
  });
  return {
    availability:
      request && availability.isOpen
        ? { isOpen: false, reason: "You have asked for a regrade of this review.", closedAt: null }
        : availability,
    request: request ? toView(request) : null,
  };
}

export interface RequestRegradeInput {
  answerId: string;
  dimensions: readonly string[];
  reason: string;
  origin?: string;
  now?: Date;
}

/**
 * A candidate asks for a regrade of named dimensions of their released coach review: once per
 * review (a second request is CONFLICT) and inside the set's window (else BAD_REQUEST saying
 * why). The reviewing coach is told, or every coach of the cohort if they no longer coach it.
 */
export async function requestRegrade(
  db: Db,
  scope: Pick<CandidateScope, "candidateId">,
  input: RequestRegradeInput,
): Promise<RegradeView> {
  if (!isUuid(input.answerId)) throw notFound("Answer not found.");
  const named = [...new Set(input.dimensions)];
  if (named.length === 0) throw badRequest("dimensions: choose at least one dimension.");
  const unknown = named.filter((key) => !(dimensionKeys as readonly string[]).includes(key));
  if (unknown.length > 0) throw badRequest(`dimensions: unknown dimension ${unknown.join(", ")}.`);
  const reason = cleanText(input.reason, "reason", "say why you would like a regrade.");
  return db.transaction(async (tx) => {
    const coach = alias(scores, "coach_score");
    const [target] = await tx
      .select({
        answerId: answers.id,
        status: answers.status,
        cohortId: answers.cohortId,
        attempt: answers.attempt,
        questionTitle: questions.title,
        reviewId: reviews.id,
        reviewerId: reviews.reviewerId,
        publishedAt: reviews.publishedAt,
        windowDays,
        coach,
      })
      .from(answers)
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .leftJoin(reviews, eq(reviews.answerId, answers.id))
      .leftJoin(coach, and(eq(coach.answerId, answers.id), eq(coach.source, "coach")))
      .leftJoin(assignments, eq(assignments.id, answers.assignmentId))
      .leftJoin(questionSets, eq(questionSets.id, assignments.setId))
      .where(and(eq(answers.id, input.answerId), eq(answers.candidateId, scope.candidateId)))
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    const availability = regradeAvailabilityOf({
      status: target.status,
      publishedAt: target.publishedAt,
      windowDays: Number(target.windowDays),
      now: input.now ?? new Date(),
    });
    if (!availability.isOpen) throw badRequest(availability.reason);
    // A released review is always written with its coach score; anything else is a bug.
    if (!target.reviewId || !target.coach)
      throw new Error(`answer ${target.answerId} has no coach score`);
    const before: RegradeScores = {
      overall: target.coach.overall,
      dimensions: dimensionsOf(target.coach),
    };
    const [created] = await tx
      .insert(regradeRequests)
      .values({
        reviewId: target.reviewId,
        answerId: target.answerId,
        cohortId: target.cohortId,
        candidateId: scope.candidateId,
        reviewerId: target.reviewerId,
        dimensions: dimensionKeys.filter((key) => named.includes(key)),
        reason,
        scoresBefore: before,
      })
      .onConflictDoNothing({ target: regradeRequests.reviewId })
      .returning({ id: regradeRequests.id });
    if (!created) {
      throw conflict(
        "You have already asked for a regrade of this review; there is one per review.",
      );
    }
    const [candidate] = await tx
      .select({ name: candidateNameForCoach(users.name) })
      .from(answers)
      .innerJoin(users, eq(users.id, answers.candidateId))
      .where(eq(answers.id, target.answerId));
    const coaches = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.cohortId, target.cohortId), eq(memberships.role, "coach")));
    const coachIds = coaches.map((c) => c.userId);
    const recipients =
      target.reviewerId && coachIds.includes(target.reviewerId) ? [target.reviewerId] : coachIds;
    for (const userId of recipients) {
      await notifyUser(tx, {
        userId,
        kind: "regrade",
        subjectId: target.answerId,
        origin: input.origin ?? defaultOrigin,
        data: {
          answerId: target.answerId,
          questionTitle: target.questionTitle,
          attempt: target.attempt,
          forRole: "coach",
          event: "requested",
          candidateName: candidate?.name ?? "A candidate",
          dimensions: named,
        },
      });
    }
    await recordAuditEvent(tx, {
      actorId: scope.candidateId,
      action: "regrade.requested",
      cohortId: target.cohortId,
      subjectType: "answer",
      subjectId: target.answerId,
      data: { requestId: created.id, dimensions: named },
    });
    return loadView(tx, created.id);
  });
}

async function loadView(db: Db, requestId: string): Promise<RegradeView> {
  const [row] = await db
    .select(viewColumns)
    .from(regradeRequests)
    .leftJoin(decider, eq(decider.id, regradeRequests.decidedById))
    .where(eq(regradeRequests.id, requestId));
  if (!row) throw notFound("Regrade request not found.");
  return toView(row);
}

/** The request on an answer in the coach's cohorts (null when there is none). */
export async function getRegradeForCoach(
  db: Db,
  scope: CoachScope,
  input: { answerId: string },
): Promise<RegradeView | null> {
  if (!isUuid(input.answerId) || scope.cohortIds.length === 0) throw notFound("Answer not found.");
  const [answer] = await db
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.id, input.answerId), inArray(answers.cohortId, [...scope.cohortIds])))
    .limit(1);
  if (!answer) throw notFound("Answer not found.");
  const [row] = await db
    .select(viewColumns)
    .from(regradeRequests)
    .leftJoin(decider, eq(decider.id, regradeRequests.decidedById))
    .where(
      and(
        eq(regradeRequests.answerId, input.answerId),
        inArray(regradeRequests.cohortId, [...scope.cohortIds]),
      ),
    )
    .limit(1);
  return row ? toView(row) : null;
}

export interface RegradeQueueItem {
  id: string;
  answerId: string;
  candidateName: string;
  cohortName: string;
  questionTitle: string;
  attempt: number;
  status: RegradeStatus;
  dimensions: DimensionKey[];
  reason: string;
  createdAt: Date;
  decidedAt: Date | null;
}

/**
 * Regrade requests in the coach's cohorts: pending ones oldest first (they wait), or decided
 * ones newest first. Candidate names go through the blind-grading rule like every coach query.
 */
export async function listRegradeQueue(
  db: Db,
  scope: CoachScope,
  input: { cohortId?: string; status?: "pending" | "decided"; limit?: number } = {},
): Promise<RegradeQueueItem[]> {
  const cohortIds = cohortsInScope(scope, input.cohortId);
  if (cohortIds.length === 0) return [];
  const isPending = (input.status ?? "pending") === "pending";
  const candidate = alias(users, "candidate");
  const rows = await db
    .select({
      id: regradeRequests.id,
      answerId: regradeRequests.answerId,
      candidateName: candidateNameForCoach(candidate.name),
      cohortName: cohorts.name,
      questionTitle: questions.title,
      attempt: answers.attempt,
      status: regradeRequests.status,
      dimensions: regradeRequests.dimensions,
      reason: regradeRequests.reason,
      createdAt: regradeRequests.createdAt,
      decidedAt: regradeRequests.decidedAt,
    })
    .from(regradeRequests)
    .innerJoin(answers, eq(answers.id, regradeRequests.answerId))
    .innerJoin(candidate, eq(candidate.id, answers.candidateId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(cohorts, eq(cohorts.id, regradeRequests.cohortId))
    .where(
      and(
        inArray(regradeRequests.cohortId, cohortIds),
        isPending
          ? eq(regradeRequests.status, "pending")
          : sql`${regradeRequests.status} <> 'pending'`,
      ),
    )
    .orderBy(
      isPending ? regradeRequests.createdAt : desc(regradeRequests.decidedAt),
      regradeRequests.id,
    )
    .limit(input.limit ?? 50);
  return rows.map((row) => ({
    ...row,
    dimensions: dimensionKeys.filter((key) => row.dimensions.includes(key)),
  }));
}

/** Pending requests across the coach's cohorts: the filter's count. */
export async function countPendingRegrades(db: Db, scope: CoachScope): Promise<number> {
  const cohortIds = cohortsInScope(scope);
  if (cohortIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(regradeRequests)
    .where(
      and(inArray(regradeRequests.cohortId, cohortIds), eq(regradeRequests.status, "pending")),
    );
  return Number(row?.n ?? 0);
}

/** Claims a pending request in the coach's cohorts for a decision, or says why not. */
async function claimPending(
  tx: Db,
  scope: CoachScope,
  requestId: string,
): Promise<{
  id: string;
  answerId: string;
  cohortId: string;
  candidateId: string;
  dimensions: string[];
}> {
  if (!isUuid(requestId) || scope.cohortIds.length === 0) {
    throw notFound("Regrade request not found.");
  }
  const [row] = await tx
    .select({
      id: regradeRequests.id,
      answerId: regradeRequests.answerId,
      cohortId: regradeRequests.cohortId,
      candidateId: regradeRequests.candidateId,
      dimensions: regradeRequests.dimensions,
      status: regradeRequests.status,
    })
    .from(regradeRequests)
    .where(
      and(
        eq(regradeRequests.id, requestId),
        inArray(regradeRequests.cohortId, [...scope.cohortIds]),
      ),
    )
    .for("update")
    .limit(1);
  if (!row) throw notFound("Regrade request not found.");
  if (row.status !== "pending") {
    throw conflict(`This request was already ${row.status}. Reload to see the decision.`);
  }
  return row;
}

type PendingRequest = Awaited<ReturnType<typeof claimPending>>;

/**
 * Closes a claimed request, both ways: the decision and the coach's words on the request, the
 * candidate told (bell and email), and the audit event.
 */
async function recordDecision(
  tx: Db,
  scope: CoachScope,
  request: PendingRequest,
  decision: {
    status: "accepted" | "declined";
    coachAnswer: string;
    scoresAfter?: { overall: number; dimensions: Record<DimensionKey, number> };
    audit: Record<string, unknown>;
    origin: string;
  },
) {
  await tx
    .update(regradeRequests)
    .set({
      status: decision.status,
      coachAnswer: decision.coachAnswer,
      decidedById: scope.coachId,
      decidedAt: sql`now()`,
      ...(decision.scoresAfter ? { scoresAfter: decision.scoresAfter } : {}),
    })
    .where(eq(regradeRequests.id, request.id));
  const [row] = await tx
    .select({ questionTitle: questions.title, attempt: answers.attempt })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(eq(answers.id, request.answerId));
  const [coach] = await tx
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, scope.coachId));
  await notifyUser(tx, {
    userId: request.candidateId,
    kind: "regrade",
    subjectId: request.answerId,
    origin: decision.origin,
    data: {
      answerId: request.answerId,
      questionTitle: row?.questionTitle ?? null,
      attempt: row?.attempt ?? null,
      forRole: "candidate",
      event: decision.status,
      coachName: coach?.name ?? null,
    },
  });
  await recordAuditEvent(tx, {
    actorId: scope.coachId,
    action: `regrade.${decision.status}`,
    cohortId: request.cohortId,
    subjectType: "answer",
    subjectId: request.answerId,
    data: { requestId: request.id, ...decision.audit },
  });
}

export interface AcceptRegradeInput {
  requestId: string;
  /** The answer's version the coach saw, as for saving a review. */
  expectedVersion: number;
  /** A new score for every named dimension (unchanged is allowed, but at least one changes). */
  dimensions: Partial<Record<string, number>>;
  reason: string;
  origin?: string;
}

/**
 * Accepts a request: the named dimensions of the coach score change, the overall is recomputed,
 * the reason becomes the review's override reason for each changed dimension (so the candidate
 * reads it beside the score), and the answer's version is bumped under the same check as
 * saveReview, so a grading panel open elsewhere gets a CONFLICT instead of saving old scores back.
 * The score row keeps its reviewer: the request records who decided.
 */
export async function acceptRegrade(
  db: Db,
  scope: CoachScope,
  input: AcceptRegradeInput,
): Promise<{ version: number; request: RegradeView }> {
  const reason = cleanText(input.reason, "reason", "tell the candidate why the scores change.");
  return db.transaction(async (tx) => {
    const request = await claimPending(tx, scope, input.requestId);
    const givenKeys = Object.keys(input.dimensions);
    const extra = givenKeys.filter((key) => !request.dimensions.includes(key));
    if (extra.length > 0) {
      throw badRequest(
        `dimensions: the candidate asked about ${request.dimensions.join(", ")}; ${extra.join(", ")} cannot change here.`,
      );
    }
    const auto = alias(scores, "auto_score");
    const coach = alias(scores, "coach_score");
    const [target] = await tx
      .select({
        status: answers.status,
        kind: questions.kind,
        reviewId: reviews.id,
        overrideReasons: reviews.overrideReasons,
        publishedAt: reviews.publishedAt,
        auto,
        coach,
      })
      .from(answers)
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .innerJoin(reviews, eq(reviews.answerId, answers.id))
      .innerJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
      .innerJoin(coach, and(eq(coach.answerId, answers.id), eq(coach.source, "coach")))
      .where(eq(answers.id, request.answerId))
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    const before = dimensionsOf(target.coach);
    const after = { ...before };
    for (const key of request.dimensions as DimensionKey[]) {
      const value = input.dimensions[key];
      if (value === undefined) {
        throw badRequest(
          `dimensions.${key}: give a score for every dimension the candidate named.`,
        );
      }
      assertDimensionScore(key, value);
      after[key] = value;
    }
    const changed = dimensionKeys.filter((key) => after[key] !== before[key]);
    if (changed.length === 0) {
      throw badRequest("Change at least one score to accept, or decline with an answer.");
    }
    const [bumped] = await tx
      .update(answers)
      .set({ version: sql`${answers.version} + 1` })
      .where(
        and(
          eq(answers.id, request.answerId),
          eq(answers.version, input.expectedVersion),
          eq(answers.status, "reviewed"),
        ),
      )
      .returning({ version: answers.version });
    if (!bumped) {
      const [current] = await tx
        .select({ version: answers.version, status: answers.status })
        .from(answers)
        .where(eq(answers.id, request.answerId));
      throw new DomainError(
        "CONFLICT",
        current?.status === "reviewed"
          ? "This review changed since you opened it — reload to see the latest scores."
          : "This review was re-opened for grading; submit it again before deciding the request.",
        { details: { answerId: request.answerId, version: current?.version ?? 0 } },
      );
    }
    const engine = dimensionsOf(target.auto);
    const reasons = { ...(target.overrideReasons as Record<string, string>) };
    const oneLine = reason.replace(/\s+/g, " ");
    for (const key of changed) {
      if (after[key] === engine[key]) delete reasons[key];
      else reasons[key] = oneLine;
    }
    const overall = computeOverall(target.kind, after);
    await tx
      .update(scores)
      .set({ ...after, overall, updatedAt: sql`now()` })
      .where(and(eq(scores.answerId, request.answerId), eq(scores.source, "coach")));
    await tx
      .update(reviews)
      .set({ overrideReasons: reasons, updatedAt: sql`now()` })
      .where(eq(reviews.id, target.reviewId));
    await recordDecision(tx, scope, request, {
      status: "accepted",
      coachAnswer: reason,
      scoresAfter: { overall, dimensions: after },
      audit: {
        changed: Object.fromEntries(changed.map((key) => [key, [before[key], after[key]]])),
        overall: [target.coach.overall, overall],
      },
      origin: input.origin ?? defaultOrigin,
    });
    return { version: bumped.version, request: await loadView(tx, request.id) };
  });
}

/** Declines a request with the coach's answer (required); the scores stay as they are. */
export async function declineRegrade(
  db: Db,
  scope: CoachScope,
  input: { requestId: string; answer: string; origin?: string },
): Promise<RegradeView> {
  const answer = cleanText(input.answer, "answer", "tell the candidate why the scores stand.");
  return db.transaction(async (tx) => {
    const request = await claimPending(tx, scope, input.requestId);
    await recordDecision(tx, scope, request, {
      status: "declined",
      coachAnswer: answer,
      audit: {},
      origin: input.origin ?? defaultOrigin,
    });
    return loadView(tx, request.id);
  });
}

export interface RegradeCoachCounts {
  coachId: string;
  coachName: string;
  requested: number;
  accepted: number;
  declined: number;
  pending: number;
}

/**
 * For the lead: per coach whose grade was challenged, how many requests came in and how they
 * were decided, in the lead's cohort. Coaches with none are left out.
 */
export async function listRegradeCountsByCoach(
  db: Db,
  scope: LeadScope,
): Promise<RegradeCoachCounts[]> {
  const coach = alias(users, "coach");
  const rows = await db
    .select({
      coachId: coach.id,
      coachName: coach.name,
      requested: sql<number>`count(*)::int`,
      accepted: sql<number>`count(*) filter (where ${regradeRequests.status} = 'accepted')::int`,
      declined: sql<number>`count(*) filter (where ${regradeRequests.status} = 'declined')::int`,
      pending: sql<number>`count(*) filter (where ${regradeRequests.status} = 'pending')::int`,
    })
    .from(regradeRequests)
    .innerJoin(coach, eq(coach.id, regradeRequests.reviewerId))
    .where(eq(regradeRequests.cohortId, scope.cohortId))
    .groupBy(coach.id, coach.name)
    .orderBy(desc(sql`count(*)`), coach.name);
  return rows.map((row) => ({
    ...row,
    requested: Number(row.requested),
    accepted: Number(row.accepted),
    declined: Number(row.declined),
    pending: Number(row.pending),
  }));
}
