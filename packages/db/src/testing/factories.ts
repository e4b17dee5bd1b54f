import { randomUUID } from "node:crypto";
import { type DimensionKey, dimensionKeys, type FlagKey } from "@debrief/core/rubric";
import { eq } from "drizzle-orm";
import { recordSubmittedAnswer } from "../answers/answers.ts";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../client.ts";
import { DomainError } from "../errors.ts";
import { type Answer, answers } from "../schema/answers.ts";
import { type Assignment, assignments } from "../schema/assignments.ts";
import { type Cohort, cohorts } from "../schema/cohorts.ts";
import { type Membership, type MembershipRole, memberships } from "../schema/memberships.ts";
import { type NewOrganisation, type Organisation, organisations } from "../schema/organisations.ts";
import { type QuestionSet, questionSetItems, questionSets } from "../schema/question-sets.ts";
import { type NewQuestion, type Question, questions } from "../schema/questions.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { type User, users } from "../schema/users.ts";
import { normaliseEmail } from "../users/users.ts";

/** Password of every factory user unless a test passes its own. */
export const TEST_PASSWORD = "correct-horse-battery-staple";

// argon2id is deliberately slow (~20-50 ms); hash each distinct password once per process.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hashed = hashCache.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashCache.set(password, hashed);
  }
  return hashed;
}

function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

function firstRow<T>(rows: T[], table: string): T {
  const [row] = rows;
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
}

export async function createOrganisation(
  db: Db,
  input: Partial<NewOrganisation> = {},
): Promise<Organisation> {
  const rows = await db
    .insert(organisations)
    .values({ name: `Organisation ${uniqueSuffix()}`, ...input })
    .returning();
  return firstRow(rows, "organisations");
}

export interface CreateUserInput {
  email?: string;
  name?: string;
  /** Plain password to hash; defaults to TEST_PASSWORD. */
  password?: string;
  /** null makes an invited user who has not set a password yet. */
  passwordHash?: string | null;
}

export async function createUser(db: Db, input: CreateUserInput = {}): Promise<User> {
  const suffix = uniqueSuffix();
  const passwordHash =
    input.passwordHash !== undefined
      ? input.passwordHash
      : await cachedHash(input.password ?? TEST_PASSWORD);
  const rows = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email ?? `user-${suffix}@example.test`),
      name: input.name ?? `Test User ${suffix}`,
      passwordHash,
    })
    .returning();
  return firstRow(rows, "users");
}

export async function createCohort(
  db: Db,
  input: { organisationId?: string; name?: string } = {},
): Promise<Cohort> {
  const organisationId = input.organisationId ?? (await createOrganisation(db)).id;
  const rows = await db
    .insert(cohorts)
    .values({ organisationId, name: input.name ?? `Cohort ${uniqueSuffix()}` })
    .returning();
  return firstRow(rows, "cohorts");
}

export async function addMembership(
  db: Db,
  input: { userId: string; cohortId: string; role: MembershipRole },
): Promise<Membership> {
  const rows = await db.insert(memberships).values(input).returning();
  return firstRow(rows, "memberships");
}

/** An existing user joins as-is; anything else describes a user to create. */
export type MemberSpec = User | CreateUserInput;
type Members = number | MemberSpec[];

export interface CreateCohortWithMembersInput {
  organisationId?: string;
  name?: string;
  leads?: Members;
  coaches?: Members;
  candidates?: Members;
}

/**
 * A cohort and its people in one call. Counts create fresh users; specs let a test (or the demo
 * seed) name them or reuse a user across cohorts. Defaults: no lead, one coach, two candidates.
 */
export async function createCohortWithMembers(
  db: Db,
  input: CreateCohortWithMembersInput = {},
): Promise<{ cohort: Cohort; leads: User[]; coaches: User[]; candidates: User[] }> {
  const cohort = await createCohort(db, { organisationId: input.organisationId, name: input.name });
  const join = async (members: Members | undefined, role: MembershipRole) => {
    const specs: MemberSpec[] =
      typeof members === "number" ? Array.from({ length: members }, () => ({})) : (members ?? []);
    const joined: User[] = [];
    // Sequential on purpose: the same `db` may be a transaction, which runs one query at a time.
    for (const spec of specs) {
      const user = "id" in spec ? spec : await createUser(db, spec);
      await addMembership(db, { userId: user.id, cohortId: cohort.id, role });
      joined.push(user);
    }
    return joined;
  };
  return {
    cohort,
    leads: await join(input.leads ?? 0, "lead"),
    coaches: await join(input.coaches ?? 1, "coach"),
    candidates: await join(input.candidates ?? 2, "candidate"),
  };
}

export async function createQuestion(db: Db, input: Partial<NewQuestion> = {}): Promise<Question> {
  const suffix = uniqueSuffix();
  const rows = await db
    .insert(questions)
    .values({
      kind: "deep_dive",
      title: `Question ${suffix}`,
      prompt: `Walk me through a project you led (${suffix}).`,
      guidance: "Frame it first.\nEnd with a measured result.",
      exampleAnswer: "",
      ...input,
    })
    .returning();
  return firstRow(rows, "questions");
}

/** A cohort's question set with its questions in the given order. */
export async function createQuestionSet(
  db: Db,
  input: { cohortId: string; questionIds: string[]; title?: string; description?: string },
): Promise<QuestionSet> {
  const rows = await db
    .insert(questionSets)
    .values({
      cohortId: input.cohortId,
      title: input.title ?? `Set ${uniqueSuffix()}`,
      description: input.description ?? "",
    })
    .returning();
  const set = firstRow(rows, "question_sets");
  if (input.questionIds.length > 0) {
    await db
      .insert(questionSetItems)
      .values(
        input.questionIds.map((questionId, position) => ({ setId: set.id, questionId, position })),
      );
  }
  return set;
}

export async function createAssignment(
  db: Db,
  input: {
    setId: string;
    cohortId: string;
    candidateId: string;
    dueAt: Date;
    assignedById?: string;
    createdAt?: Date;
  },
): Promise<Assignment> {
  const rows = await db.insert(assignments).values(input).returning();
  return firstRow(rows, "assignments");
}

export interface CreateAnswerInput {
  candidateId: string;
  questionId: string;
  cohortId: string;
  assignmentId?: string | null;
  body?: string;
  /** Defaults to the database clock. The attempt number is always the next one. */
  submittedAt?: Date;
  /** Dimension scores (0–4) of the auto score; every dimension defaults to 2. */
  dimensions?: Partial<Record<DimensionKey, number>>;
  overall?: number;
  flags?: FlagKey[];
  /** Adds a coach score (and, with a reviewer, the review and its comments); marks it reviewed. */
  coach?: {
    reviewerId?: string;
    overall?: number;
    dimensions?: Partial<Record<DimensionKey, number>>;
    comment?: string;
    comments?: Array<{ start: number; end: number; body: string }>;
    /** When the review was submitted (and the answer marked reviewed); defaults to now. */
    reviewedAt?: Date;
    /** A saved, unsubmitted grade: the answer stays "in review" and the review has no submittedAt. */
    isDraft?: boolean;
  };
}

/** Every rubric dimension at the same score: a grade to start a fixture from. */
export function uniformDimensions(score: number): Record<DimensionKey, number> {
  return Object.fromEntries(dimensionKeys.map((key) => [key, score])) as Record<
    DimensionKey,
    number
  >;
}

const defaultDimensions = uniformDimensions(2);

/** The domain error's code a promise rejects with ("OK" when it resolves), for table-like checks. */
export async function domainErrorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "OK";
}

/**
 * A submitted answer with a hand-set auto score, through the same command as a real submit (so
 * attempt numbering and the draft clean-up are the real ones). Scores are given, not computed:
 * db cannot run the engine, and fixtures want exact numbers.
 */
export async function createAnswer(db: Db, input: CreateAnswerInput): Promise<Answer> {
  const body = input.body ?? "I designed the queue and cut p99 from 800 ms to 120 ms.";
  const dimensions = { ...defaultDimensions, ...input.dimensions };
  const { answerId } = await recordSubmittedAnswer(db, {
    candidateId: input.candidateId,
    questionId: input.questionId,
    cohortId: input.cohortId,
    assignmentId: input.assignmentId ?? null,
    body,
    wordCount: body.split(/\s+/).filter(Boolean).length,
    idempotencyKey: randomUUID(),
    submittedAt: input.submittedAt,
    score: {
      overall: input.overall ?? 50,
      dimensions,
      flags: input.flags ?? [],
      evidence: [],
      suggestions: [],
      engineVersion: "test",
    },
  });
  if (input.coach) {
    await db.insert(scores).values({
      answerId,
      source: "coach",
      reviewerId: input.coach.reviewerId ?? null,
      overall: input.coach.overall ?? 50,
      ...defaultDimensions,
      ...input.coach.dimensions,
    });
    const { reviewerId, comment, comments, isDraft } = input.coach;
    const reviewedAt = isDraft ? null : (input.coach.reviewedAt ?? new Date());
    await db
      .update(answers)
      .set({ status: reviewedAt ? "reviewed" : "in_review", reviewedAt })
      .where(eq(answers.id, answerId));
    if (reviewerId) {
      const [review] = await db
        .insert(reviews)
        .values({
          answerId,
          reviewerId,
          overallComment: comment ?? "",
          submittedAt: reviewedAt,
          publishedAt: reviewedAt,
        })
        .returning({ id: reviews.id });
      if (review && comments && comments.length > 0) {
        await db.insert(reviewComments).values(
          comments.map((c) => ({
            reviewId: review.id,
            authorId: reviewerId,
            start: c.start,
            end: c.end,
            quote: body.slice(c.start, c.end),
            body: c.body,
          })),
        );
      }
    }
  }
  const [answer] = await db.select().from(answers).where(eq(answers.id, answerId));
  if (!answer) throw new Error("answer vanished after insert");
  return answer;
}
