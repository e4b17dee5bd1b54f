import { randomUUID } from "node:crypto";
import type { Db } from "@debrief/db";
import { uniformDimensions } from "@debrief/db/testing";
import type { TRPCError } from "@trpc/server";
import { notificationKindList } from "~/lib/notification-kinds";
import type { CallerName, World } from "./world";

// One case per procedure of the router: the input that aims it at cohort A1's things, and who
// may call it. The authorization suite runs every caller against it; the fuzz suite uses the
// input as the valid base it mutates.

export type Input = (w: World, cohortId: string) => unknown;
export interface Case {
  input: Input;
  /** Who may call it on A1's things. "signedIn": anyone signed in (self-scoped procedures). */
  allowed: readonly CallerName[] | "signedIn" | "public";
  /** With the caller's own cohort and A1's ids: "deny" must refuse, "check" only for leaks. */
  ownCohort?: "deny" | "check";
  /** Errors that are a legitimate outcome for an allowed caller (e.g. a wrong current password). */
  tolerate?: readonly TRPCError["code"][];
  /** Secrets (by label) this procedure shows by design to whoever may call it. */
  reveals?: readonly string[];
  /** Must hold after every call but the owner's (nobody else changed the owner's state). */
  invariant?: (w: World, db: Db) => Promise<boolean>;
}

export const candidates: CallerName[] = [
  "candidate",
  "candidateOtherCohort",
  "candidateOtherOrg",
  "twoOrgMember",
];
export const coaches: CallerName[] = ["coach", "coachOtherCohort", "coachOtherOrg", "twoOrgMember"];
const dimensions = uniformDimensions(2);
const questionFields = {
  kind: "deep_dive",
  title: "Authz question",
  prompt: "Walk me through it.",
  guidance: "",
  exampleAnswer: "",
};

// A token of the right shape that was never issued: every caller gets the same refusal.
const unknownToken = "x".repeat(43);

export const cases: Record<string, Case> = {
  "account.checkResetToken": {
    input: () => ({ token: unknownToken }),
    allowed: "public",
    tolerate: ["BAD_REQUEST"],
  },
  "account.requestPasswordReset": {
    // The answer is the same whether or not the address has an account.
    input: () => ({ email: `nobody-${randomUUID()}@example.test` }),
    allowed: "public",
    tolerate: ["TOO_MANY_REQUESTS"],
  },
  "account.resetPassword": {
    input: () => ({ token: unknownToken, password: "lantern harbour misty thimble" }),
    allowed: "public",
    tolerate: ["BAD_REQUEST"],
  },
  "answers.attempts": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "answers.get": { input: (w) => ({ answerId: w.answerKA }), allowed: ["candidate"] },
  "answers.recent": { input: () => ({ limit: 50 }), allowed: candidates },
  "answers.reply": {
    input: (w) => ({ answerId: w.reviewedAnswerKA, body: "A reply under someone's review." }),
    allowed: ["candidate"],
  },
  "answers.submit": {
    input: (w) => ({
      questionId: w.questionA1,
      body: "An answer in someone else's cohort.",
      idempotencyKey: randomUUID(),
    }),
    allowed: ["candidate"],
  },
  "assignments.create": {
    input: (w) => ({
      setId: w.setA1,
      dueAt: new Date(Date.now() + 86_400_000),
      candidateIds: [w.ids.candidate],
    }),
    allowed: ["coach"],
  },
  "assignments.forSet": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "assignments.mine": { input: () => undefined, allowed: candidates },
  "cohorts.get": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["candidate", "coach", "lead"],
    ownCohort: "check",
  },
  "cohorts.members": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "commentBank.create": {
    input: (_w, cohortId) => ({ text: `A bank comment ${randomUUID()}`, cohortId, score: 2 }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "commentBank.delete": {
    // Organisation A's coaches share the bank; the first of them deletes it, the next finds
    // nothing (NOT_FOUND).
    input: (w) => ({ entryId: w.bankEntries.remove }),
    allowed: ["coach", "coachOtherCohort"],
    tolerate: ["NOT_FOUND"],
  },
  "commentBank.list": { input: () => ({}), allowed: coaches },
  "commentBank.update": {
    input: (w) => ({ entryId: w.bankEntries.update, text: `Edited ${randomUUID()}` }),
    allowed: ["coach", "coachOtherCohort"],
  },
  "dashboard.cohort": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "doubleScoring.agreement": { input: () => ({}), allowed: coaches },
  "doubleScoring.cohortAgreement": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "doubleScoring.get": { input: (w) => ({ answerId: w.moderatedAnswerKX }), allowed: ["coach"] },
  "doubleScoring.queue": { input: () => ({}), allowed: coaches },
  "doubleScoring.save": {
    input: (w) => ({ answerId: w.sampledAnswerKX, dimensions, comment: "A second look." }),
    allowed: ["coach"],
    // Given once: after the coach's own call, a repeat is CONFLICT.
    tolerate: ["CONFLICT"],
  },
  "doubleScoring.setRate": {
    // 100 keeps A1's sample as the world set it; a lead of another cohort sets their own.
    input: (_w, cohortId) => ({ cohortId, rate: 100 }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "doubleScoring.settings": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "drafts.get": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "drafts.save": {
    // KA's answer is attempt 1: a draft of the next attempt builds on it. Once the suite's own
    // answers.submit has made attempt 2, the owner's draft is refused as stale (CONFLICT).
    input: (w) => ({
      questionId: w.questionA1,
      body: "overwritten by someone else",
      basedOnAttempt: 1,
    }),
    allowed: ["candidate"],
    tolerate: ["CONFLICT"],
  },
  "invitations.accept": {
    // Public: a link holder without the emailed proof gets the invitation emailed to its
    // address (no account is made); signed in as anyone else, FORBIDDEN.
    input: (w) => ({
      token: w.invitationTokenPublic,
      name: "Link Holder",
      password: "lantern harbour misty thimble",
    }),
    allowed: "public",
    tolerate: ["CONFLICT", "FORBIDDEN"],
  },
  "invitations.create": {
    input: (_w, cohortId) => ({
      cohortId,
      email: `authz-${randomUUID()}@example.test`,
      role: "candidate",
    }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "invitations.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "invitations.preview": {
    input: (w) => ({ token: w.invitationTokenPublic }),
    allowed: "public",
    // The link names the cohort it invites to: the token is the key.
    reveals: ["A1's cohort name"],
  },
  "invitations.revoke": {
    input: (w, cohortId) => ({ cohortId, invitationId: w.invitationA1 }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "me.changePassword": {
    // A wrong current password: every caller is refused for that reason, none for who they are.
    input: () => ({ currentPassword: "not the password", newPassword: "plum violin orbit tide" }),
    allowed: "signedIn",
    tolerate: ["BAD_REQUEST", "TOO_MANY_REQUESTS"],
  },
  "me.dismissGuide": { input: () => ({ role: "candidate" }), allowed: "signedIn" },
  "me.get": { input: () => undefined, allowed: "signedIn" },
  "me.guideOpen": { input: () => ({ role: "coach" }), allowed: "signedIn" },
  "members.changeRole": {
    input: (w, cohortId) => ({ cohortId, userId: w.expendable.changeRole, role: "coach" }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "members.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "members.remove": {
    input: (w, cohortId) => ({ cohortId, userId: w.expendable.remove }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "moderation.get": {
    input: (w, cohortId) => ({ cohortId, answerId: w.moderatedAnswerKX }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "moderation.list": {
    input: (_w, cohortId) => ({ cohortId, status: "open" }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "moderation.settle": {
    input: (w, cohortId) => ({
      cohortId,
      answerId: w.moderatedAnswerKX,
      expectedVersion: w.moderatedAnswerKXVersion,
      dimensions,
      reason: "Settled by the suite.",
    }),
    allowed: ["lead"],
    ownCohort: "deny",
    // Settled once: a repeat is CONFLICT.
    tolerate: ["CONFLICT"],
  },
  "notifications.list": { input: () => undefined, allowed: "signedIn" },
  "notifications.markRead": {
    input: (w) => ({ ids: [w.notificationKA] }),
    allowed: "signedIn",
    invariant: async (w, db) => {
      const note = await db.query.notifications.findFirst({
        where: (n, { eq }) => eq(n.id, w.notificationKA),
      });
      return note?.readAt === null;
    },
  },
  "notifications.settings": { input: () => undefined, allowed: "signedIn" },
  "notifications.unreadCount": { input: () => undefined, allowed: "signedIn" },
  "notifications.updateSettings": {
    input: () => ({ settings: [{ kind: notificationKindList[0], inApp: true, email: false }] }),
    allowed: "signedIn",
  },
  "questionSets.create": {
    input: (_w, cohortId) => ({ cohortId, title: "Authz set", description: "" }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questionSets.get": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "questionSets.grading": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "questionSets.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questionSets.publishReviews": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "questionSets.setItems": {
    input: (w) => ({ setId: w.setA1, questionIds: [w.questionA1] }),
    allowed: ["coach"],
  },
  "questionSets.updateGrading": {
    // The settings A1's set already has: a call changes nothing the other cases rely on.
    input: (w) => ({ setId: w.setA1, releaseMode: "on_submit", blind: false }),
    allowed: ["coach"],
  },
  "questionSets.regradeWindow": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "questionSets.setRegradeWindow": {
    input: (w) => ({ setId: w.setA1, days: 14 }),
    allowed: ["coach"],
  },
  "questionSets.update": {
    input: (w) => ({ setId: w.setA1, title: "Renamed by someone", description: "" }),
    allowed: ["coach"],
  },
  "questions.bank": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questions.create": {
    input: (_w, cohortId) => ({ cohortId, ...questionFields }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questions.forEdit": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.get": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "questions.list": { input: () => ({}), allowed: candidates },
  "questions.nextBest": { input: () => undefined, allowed: candidates },
  "questions.remove": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.restore": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.update": {
    input: (w) => ({ questionId: w.questionA1, ...questionFields }),
    allowed: ["coach"],
  },
  "regrades.accept": {
    input: (w) => ({
      requestId: w.regradeRequestKA,
      expectedVersion: w.reviewedAnswerKAVersion,
      dimensions: { impact: 3 },
      reason: "Agreed after a second read.",
    }),
    allowed: ["coach"],
    // Decided once: every later decision (the fuzz suite's repeats) is CONFLICT.
    tolerate: ["CONFLICT"],
  },
  "regrades.byCoach": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "regrades.decline": {
    input: (w) => ({ requestId: w.regradeRequestKA, answer: "The scores stand." }),
    allowed: ["coach"],
    // regrades.accept (sorted first) already decided it.
    tolerate: ["CONFLICT"],
  },
  "regrades.forAnswer": {
    input: (w) => ({ answerId: w.reviewedAnswerKA }),
    allowed: ["candidate"],
  },
  "regrades.forReview": { input: (w) => ({ answerId: w.reviewedAnswerKA }), allowed: ["coach"] },
  "regrades.pendingCount": { input: () => undefined, allowed: coaches },
  "regrades.queue": { input: () => ({}), allowed: coaches },
  "regrades.request": {
    input: (w) => ({
      answerId: w.regradableAnswerKA,
      dimensions: ["impact"],
      reason: "Please look at the impact again.",
    }),
    allowed: ["candidate"],
    // Once per review: the fuzz suite's repeats are CONFLICT.
    tolerate: ["CONFLICT"],
  },
  "reports.candidate": {
    input: (w, cohortId) => ({ cohortId, candidateId: w.ids.candidate }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "reviews.agreement": { input: () => ({}), allowed: coaches },
  "reviews.byQuestion": {
    input: (w) => ({ setId: w.setA1, questionId: w.questionA1 }),
    allowed: ["coach"],
  },
  "reviews.counts": { input: () => undefined, allowed: coaches },
  "reviews.get": { input: (w) => ({ answerId: w.answerKA }), allowed: ["coach"] },
  "reviews.queue": { input: () => ({ limit: 100 }), allowed: coaches },
  "reviews.repliesWaiting": { input: () => undefined, allowed: coaches },
  "reviews.reply": {
    input: (w) => ({ answerId: w.reviewedAnswerKA, body: "A coach's reply." }),
    allowed: ["coach"],
  },
  "reviews.setProgress": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "reviews.save": {
    input: (w) => ({
      answerId: w.answerKA,
      expectedVersion: w.answerKAVersion,
      dimensions,
      overrideReasons: {},
      overallComment: "",
      comments: [],
      submit: false,
    }),
    allowed: ["coach"],
    tolerate: ["CONFLICT"],
  },
};
