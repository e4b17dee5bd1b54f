import { createInvitation, createSession, type Db } from "@debrief/db";
import { notifications } from "@debrief/db/schema";
import {
  addMembership,
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
  createUser,
  uniformDimensions,
} from "@debrief/db/testing";
import { createCaller } from "~/server/routers/root";

/**
 * The callers of the standing authorization suite. Everything that matters belongs to cohort A1
 * of organisation A; each other caller differs from its owner in one way.
 */
export const callerNames = [
  "anonymous",
  "candidate", // KA, candidate in A1: owns the answer, draft and notification
  "coach", // CA, coach of A1
  "lead", // LA, lead of A1
  "candidateOtherCohort", // candidate in A2 (same organisation)
  "coachOtherCohort", // coach of A2
  "leadOtherCohort", // lead of A2
  "candidateOtherOrg", // candidate in B1 (organisation B)
  "coachOtherOrg",
  "leadOtherOrg",
  "twoOrgMember", // candidate in A2 and coach in B1: two organisations, never A1
] as const;
export type CallerName = (typeof callerNames)[number];

/** Strings and ids that belong to A1; each may appear only in the answers of its entitled callers. */
export interface Secret {
  value: string;
  label: string;
  entitled: readonly CallerName[];
}

export interface World {
  ids: Record<CallerName, string | null>;
  a1: string;
  a2: string;
  b1: string;
  questionA1: string;
  bankQuestion: string;
  setA1: string;
  assignmentKA: string;
  answerKA: string;
  answerKAVersion: number;
  /** KA's answer to a second question, with a published review by CA (threads hang on it). */
  reviewedAnswerKA: string;
  reviewedAnswerKAVersion: number;
  /** KA's pending regrade request on reviewedAnswerKA. */
  regradeRequestKA: string;
  /** KA's third answer: reviewed and released, no regrade request yet. */
  regradableAnswerKA: string;
  invitationA1: string;
  invitationTokenPublic: string;
  notificationKA: string;
  /** Organisation A's comment bank: one entry to read, one to edit, one to delete. */
  bankEntries: { shown: string; update: string; remove: string };
  /** Double-scoring in A1: an answer waiting for its second grade, and a moderation case. */
  sampledAnswerKX: string;
  moderatedAnswerKX: string;
  moderatedAnswerKXVersion: number;
  /** Members of A1 the lead may change or remove (one per mutating procedure). */
  expendable: { changeRole: string; remove: string };
  secrets: Secret[];
  caller(name: CallerName): ReturnType<typeof createCaller>;
}

const marker = (label: string) => `AUTHZ-${label}-${Math.random().toString(36).slice(2, 8)}`;

export async function buildWorld(db: Db): Promise<World> {
  const orgA = await createOrganisation(db, { name: marker("ORG-A") });
  const orgB = await createOrganisation(db, { name: marker("ORG-B") });
  const twoOrg = await createUser(db, { name: "Two Org Member" });
  const cohortA1Name = marker("COHORT-A1");
  const a1 = await createCohortWithMembers(db, {
    organisationId: orgA.id,
    name: cohortA1Name,
    leads: 1,
    coaches: 1,
    candidates: 3,
  });
  const a2 = await createCohortWithMembers(db, {
    organisationId: orgA.id,
    leads: 1,
    coaches: 1,
    candidates: [{}, twoOrg],
  });
  const b1 = await createCohortWithMembers(db, {
    organisationId: orgB.id,
    leads: 1,
    coaches: [{}, twoOrg],
    candidates: 1,
  });
  const [ka, kx, ky] = a1.candidates;
  const [ca] = a1.coaches;
  const [la] = a1.leads;
  if (!ka || !kx || !ky || !ca || !la) throw new Error("fixture");

  const questionTitle = marker("QUESTION-A1");
  const questionA1 = await createQuestion(db, {
    cohortId: a1.cohort.id,
    title: questionTitle,
    kind: "deep_dive",
  });
  const bankQuestion = await createQuestion(db, { kind: "intro" });
  const setTitle = marker("SET-A1");
  const setA1 = await createQuestionSet(db, {
    cohortId: a1.cohort.id,
    title: setTitle,
    questionIds: [questionA1.id],
  });
  const assignment = await createAssignment(db, {
    setId: setA1.id,
    cohortId: a1.cohort.id,
    candidateId: ka.id,
    assignedById: ca.id,
    dueAt: new Date(Date.now() + 86_400_000),
  });
  const answerBody = `${marker("ANSWER-KA")} I designed the queue and cut p99 from 800 ms to 120 ms.`;
  const answer = await createAnswer(db, {
    candidateId: ka.id,
    questionId: questionA1.id,
    cohortId: a1.cohort.id,
    assignmentId: assignment.id,
    body: answerBody,
  });
  // A second question, so this answer is the latest attempt of its own and stays gradeable.
  const reviewedQuestion = await createQuestion(db, {
    cohortId: a1.cohort.id,
    title: marker("QUESTION-A1-REVIEWED"),
  });
  const reviewedAnswer = await createAnswer(db, {
    candidateId: ka.id,
    questionId: reviewedQuestion.id,
    cohortId: a1.cohort.id,
    body: `${marker("ANSWER-KA-REVIEWED")} I traced the timeouts to a missing index and added it.`,
  });
  const reviewedSave = await createCaller({ db, userId: ca.id }).reviews.save({
    answerId: reviewedAnswer.id,
    expectedVersion: reviewedAnswer.version,
    dimensions: uniformDimensions(2),
    overrideReasons: {},
    overallComment: "Clear story.",
    comments: [],
    submit: true,
  });
  // A pending regrade request on the reviewed answer, and a third reviewed answer with none yet.
  const regradeReason = marker("REGRADE-KA");
  const regradeRequest = await createCaller({ db, userId: ka.id }).regrades.request({
    answerId: reviewedAnswer.id,
    dimensions: ["impact"],
    reason: regradeReason,
  });
  const regradableQuestion = await createQuestion(db, {
    cohortId: a1.cohort.id,
    title: marker("QUESTION-A1-REGRADABLE"),
  });
  const regradableAnswer = await createAnswer(db, {
    candidateId: ka.id,
    questionId: regradableQuestion.id,
    cohortId: a1.cohort.id,
    body: `${marker("ANSWER-KA-REGRADABLE")} I moved the cache in front of the service.`,
    coach: { reviewerId: ca.id },
  });
  const bankText = marker("BANK-A");
  const bank = createCaller({ db, userId: ca.id }).commentBank;
  const bankEntries = {
    shown: (await bank.create({ text: bankText, cohortId: a1.cohort.id })).id,
    update: (await bank.create({ text: marker("BANK-A-EDIT"), cohortId: a1.cohort.id })).id,
    remove: (await bank.create({ text: marker("BANK-A-DELETE"), cohortId: a1.cohort.id })).id,
  };
  const inviteeEmail = `${marker("invitee").toLowerCase()}@example.test`;
  const now = new Date();
  const invitation = await createInvitation(
    db,
    { leadId: la.id, cohortId: a1.cohort.id },
    { email: inviteeEmail, role: "candidate", now },
  );
  const publicInvitation = await createInvitation(
    db,
    { leadId: la.id, cohortId: a1.cohort.id },
    { email: `public-${Date.now()}@example.test`, role: "candidate", now },
  );
  const noteText = marker("NOTE-KA");
  const [note] = await db
    .insert(notifications)
    .values({ userId: ka.id, kind: "review.completed", data: { text: noteText } })
    .returning({ id: notifications.id });
  if (!note) throw new Error("fixture");
  const draftText = marker("DRAFT-KA");
  await createCaller({ db, userId: ka.id }).drafts.save({
    questionId: questionA1.id,
    body: draftText,
    basedOnAttempt: answer.attempt,
  });

  // Double-scoring in A1, turned on after the answers above (so they stay out of the sample): one
  // sampled answer waiting for its second grade, and one that CA and a second coach graded three
  // points apart on impact, so it waits in the lead's moderation list. Both are KX's practice
  // answers: KA's only unreleased answer stays the blind one (standing/blind.test.ts).
  await createCaller({ db, userId: la.id }).doubleScoring.setRate({
    cohortId: a1.cohort.id,
    rate: 100,
  });
  const secondCoach = await createUser(db, { name: "Second Coach" });
  await addMembership(db, { userId: secondCoach.id, cohortId: a1.cohort.id, role: "coach" });
  const sampledAnswer = await createAnswer(db, {
    candidateId: kx.id,
    questionId: (await createQuestion(db, { cohortId: a1.cohort.id })).id,
    cohortId: a1.cohort.id,
  });
  const moderatedAnswer = await createAnswer(db, {
    candidateId: kx.id,
    questionId: (await createQuestion(db, { cohortId: a1.cohort.id })).id,
    cohortId: a1.cohort.id,
    coach: { reviewerId: ca.id, dimensions: { impact: 4 } },
  });
  const secondComment = marker("SECOND-GRADE-A1");
  await createCaller({ db, userId: secondCoach.id }).doubleScoring.save({
    answerId: moderatedAnswer.id,
    dimensions: { ...uniformDimensions(2), impact: 1 },
    comment: secondComment,
  });

  const ids: Record<CallerName, string | null> = {
    anonymous: null,
    candidate: ka.id,
    coach: ca.id,
    lead: la.id,
    candidateOtherCohort: a2.candidates[0]?.id ?? null,
    coachOtherCohort: a2.coaches[0]?.id ?? null,
    leadOtherCohort: a2.leads[0]?.id ?? null,
    candidateOtherOrg: b1.candidates[0]?.id ?? null,
    coachOtherOrg: b1.coaches[0]?.id ?? null,
    leadOtherOrg: b1.leads[0]?.id ?? null,
    twoOrgMember: twoOrg.id,
  };
  // Every caller calls through a live server-side session, as over HTTP.
  const sessions = new Map<CallerName, string>();
  for (const name of callerNames) {
    const userId = ids[name];
    if (userId) {
      sessions.set(
        name,
        await createSession(db, { userId, expiresAt: new Date(Date.now() + 3_600_000) }),
      );
    }
  }

  const a1Members: CallerName[] = ["candidate", "coach", "lead"];
  const a1Staff: CallerName[] = ["coach", "lead"];
  return {
    ids,
    a1: a1.cohort.id,
    a2: a2.cohort.id,
    b1: b1.cohort.id,
    questionA1: questionA1.id,
    bankQuestion: bankQuestion.id,
    setA1: setA1.id,
    assignmentKA: assignment.id,
    answerKA: answer.id,
    answerKAVersion: answer.version,
    reviewedAnswerKA: reviewedAnswer.id,
    reviewedAnswerKAVersion: reviewedSave.version,
    regradeRequestKA: regradeRequest.id,
    regradableAnswerKA: regradableAnswer.id,
    invitationA1: invitation.id,
    invitationTokenPublic: publicInvitation.token,
    notificationKA: note.id,
    bankEntries,
    sampledAnswerKX: sampledAnswer.id,
    moderatedAnswerKX: moderatedAnswer.id,
    moderatedAnswerKXVersion: moderatedAnswer.version,
    expendable: { changeRole: kx.id, remove: ky.id },
    secrets: [
      { label: "A1's cohort name", value: cohortA1Name, entitled: a1Members },
      { label: "A1's cohort id", value: a1.cohort.id, entitled: a1Members },
      { label: "A1's question", value: questionTitle, entitled: a1Members },
      { label: "A1's set", value: setTitle, entitled: a1Members },
      { label: "KA's answer id", value: answer.id, entitled: ["candidate", ...a1Staff] },
      {
        label: "KA's answer text",
        value: answerBody.slice(0, 20),
        entitled: ["candidate", ...a1Staff],
      },
      { label: "KA's email", value: ka.email, entitled: ["candidate", ...a1Staff] },
      { label: "KA's draft", value: draftText, entitled: ["candidate"] },
      // The candidate and the cohort's coach read a regrade request; the lead sees only counts.
      { label: "KA's regrade reason", value: regradeReason, entitled: ["candidate", "coach"] },
      { label: "KA's notification", value: noteText, entitled: ["candidate"] },
      { label: "A1's invitation", value: inviteeEmail, entitled: ["lead"] },
      { label: "A1's second grade", value: secondComment, entitled: a1Staff },
      // The bank is organisation A's: its coaches share it, nobody else sees it.
      { label: "A's comment bank", value: bankText, entitled: ["coach", "coachOtherCohort"] },
      {
        label: "A's bank entry id",
        value: bankEntries.shown,
        entitled: ["coach", "coachOtherCohort"],
      },
    ],
    caller(name) {
      return createCaller({ db, userId: ids[name], sessionId: sessions.get(name) });
    },
  };
}
