import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { assignSet } from "../assignments/coach-assignments.ts";
import { countReviewQueue, listReviewQueue } from "../reviews/review-queue.ts";
import { addReviewReply, listRepliesAwaitingCoach } from "../reviews/review-replies.ts";
import { DomainError } from "../errors.ts";
import { maxRepliesPerThread } from "../limits.ts";
import { getAnswerForCandidate } from "../answers/answers.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { mailOutbox, notifications } from "../schema/notifications.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { listNotificationSettings, notifyUser, updateNotificationSettings } from "./notify.ts";
import { deliverMail, listDueMailIds } from "./outbox.ts";
import { sendAssignmentReminders } from "./reminders.ts";

const { db } = useTestDatabase();

const origin = "https://debrief.example";

async function expectDomainError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

async function fixture() {
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, { candidates: 2 });
  const [coach] = coaches;
  const [alice, bob] = candidates;
  if (!coach || !alice || !bob) throw new Error("fixture");
  const question = await createQuestion(db, {
    title: "Tell me about a migration",
    kind: "deep_dive",
  });
  const scope = { coachId: coach.id, cohortIds: [cohort.id] };
  return { cohort, coach, alice, bob, question, scope };
}

describe("latest attempt rule", () => {
  test("a newer attempt closes unreviewed older ones; the queue and counts show only the newest", async () => {
    const { cohort, alice, question, scope } = await fixture();
    const base = { candidateId: alice.id, questionId: question.id, cohortId: cohort.id };
    const first = await createAnswer(db, base);
    const second = await createAnswer(db, base);
    const third = await createAnswer(db, base);
    const statuses = await db
      .select({ attempt: answers.attempt, status: answers.status })
      .from(answers)
      .where(and(eq(answers.candidateId, alice.id), eq(answers.questionId, question.id)))
      .orderBy(answers.attempt);
    expect(statuses).toEqual([
      { attempt: 1, status: "superseded" },
      { attempt: 2, status: "superseded" },
      { attempt: 3, status: "submitted" },
    ]);
    const queue = await listReviewQueue(db, scope, {});
    expect(queue.items.map((i) => i.answerId)).toEqual([third.id]);
    expect(queue.items.map((i) => i.answerId)).not.toContain(first.id);
    expect(queue.items.map((i) => i.answerId)).not.toContain(second.id);
    expect(await countReviewQueue(db, scope)).toEqual([
      { cohortId: cohort.id, toReview: 1, inReview: 0 },
    ]);
  });

  test("a reviewed attempt stays reviewed when a newer one arrives", async () => {
    const { cohort, coach, alice, question } = await fixture();
    const base = { candidateId: alice.id, questionId: question.id, cohortId: cohort.id };
    const reviewed = await createAnswer(db, { ...base, coach: { reviewerId: coach.id } });
    await createAnswer(db, base);
    const [row] = await db.select().from(answers).where(eq(answers.id, reviewed.id));
    expect(row?.status).toBe("reviewed");
  });
});

describe("review replies", () => {
  async function reviewed() {
    const f = await fixture();
    const answer = await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: f.question.id,
      cohortId: f.cohort.id,
      body: "I led the migration and we cut latency.",
      coach: {
        reviewerId: f.coach.id,
        comment: "Good start.",
        comments: [{ start: 0, end: 20, body: "Say what you owned." }],
      },
    });
    const detail = await getAnswerForCandidate(db, { candidateId: f.alice.id }, answer.id);
    const comment = detail.coach?.comments[0];
    if (!comment) throw new Error("fixture: comment");
    return { ...f, answer, comment };
  }

  test("the candidate replies to a comment; the coach sees it waiting and is told", async () => {
    const { coach, alice, answer, comment, scope } = await reviewed();
    const reply = await addReviewReply(
      db,
      { userId: alice.id, as: "candidate" },
      {
        answerId: answer.id,
        commentId: comment.id,
        body: "  I owned the cut-over plan.  ",
        origin,
      },
    );
    expect(reply).toMatchObject({
      commentId: comment.id,
      isCandidate: true,
      body: "I owned the cut-over plan.",
    });

    const waiting = await listRepliesAwaitingCoach(db, scope);
    expect(waiting).toEqual([
      expect.objectContaining({ answerId: answer.id, excerpt: "I owned the cut-over plan." }),
    ]);
    const told = await db.select().from(notifications).where(eq(notifications.userId, coach.id));
    expect(told).toEqual([
      expect.objectContaining({ kind: "comment_reply", subjectId: answer.id }),
    ]);
    const mail = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, coach.id));
    expect(mail).toEqual([
      expect.objectContaining({ kind: "comment_reply", origin, status: "pending" }),
    ]);

    // The coach answers: the thread is no longer waiting, and the candidate is told.
    await addReviewReply(
      db,
      { userId: coach.id, as: "coach", scope },
      { answerId: answer.id, commentId: comment.id, body: "Great, lead with that.", origin },
    );
    expect(await listRepliesAwaitingCoach(db, scope)).toEqual([]);
    const detail = await getAnswerForCandidate(db, { candidateId: alice.id }, answer.id);
    expect(detail.coach?.replies.map((r) => [r.isCandidate, r.body])).toEqual([
      [true, "I owned the cut-over plan."],
      [false, "Great, lead with that."],
    ]);
    const aliceTold = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, alice.id));
    expect(aliceTold.map((n) => n.kind)).toEqual(["comment_reply"]);
  });

  test("someone else's answer, a comment of another review, an empty or long reply are refused", async () => {
    const { bob, alice, answer } = await reviewed();
    const other = await reviewed();
    await expectDomainError(
      addReviewReply(
        db,
        { userId: bob.id, as: "candidate" },
        { answerId: answer.id, body: "hi", origin },
      ),
      "NOT_FOUND",
    );
    await expectDomainError(
      addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: answer.id, commentId: other.comment.id, body: "hi", origin },
      ),
      "NOT_FOUND",
    );
    await expectDomainError(
      addReviewReply(
        db,
        { userId: other.coach.id, as: "coach", scope: other.scope },
        { answerId: answer.id, body: "hi", origin },
      ),
      "NOT_FOUND",
    );
    const empty = await expectDomainError(
      addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: answer.id, body: "   ", origin },
      ),
      "BAD_REQUEST",
    );
    expect(empty.message).toBe("Write a reply before sending it.");
    await expectDomainError(
      addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: answer.id, body: "x".repeat(1001), origin },
      ),
      "BAD_REQUEST",
    );
  });

  test("an answer not yet reviewed cannot be replied to; a thread is capped", async () => {
    const { cohort, alice, question, answer } = await reviewed();
    const pending = await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
    });
    await expectDomainError(
      addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: pending.id, body: "hi", origin },
      ),
      "NOT_FOUND",
    );
    for (let i = 0; i < maxRepliesPerThread; i++) {
      await addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: answer.id, body: `note ${i}`, origin },
      );
    }
    await expectDomainError(
      addReviewReply(
        db,
        { userId: alice.id, as: "candidate" },
        { answerId: answer.id, body: "one more", origin },
      ),
      "BAD_REQUEST",
    );
  });
});

describe("notification settings", () => {
  test("both channels on by default; a user can turn either off per kind", async () => {
    const { alice } = await fixture();
    const defaults = await listNotificationSettings(db, { userId: alice.id });
    expect(defaults.every((s) => s.inApp && s.email)).toBe(true);
    await updateNotificationSettings(
      db,
      { userId: alice.id },
      {
        settings: [{ kind: "review_landed", inApp: true, email: false }],
      },
    );
    const sent = await notifyUser(db, {
      userId: alice.id,
      kind: "review_landed",
      data: { questionTitle: "Q" },
      origin,
    });
    expect(sent).toEqual({ inApp: true, emailId: null });
    await updateNotificationSettings(
      db,
      { userId: alice.id },
      {
        settings: [{ kind: "set_assigned", inApp: false, email: true }],
      },
    );
    const assigned = await notifyUser(db, {
      userId: alice.id,
      kind: "set_assigned",
      data: {},
      origin,
    });
    expect(assigned.inApp).toBe(false);
    expect(assigned.emailId).not.toBeNull();
    const settings = await listNotificationSettings(db, { userId: alice.id });
    expect(settings.find((s) => s.kind === "review_landed")).toEqual({
      kind: "review_landed",
      inApp: true,
      email: false,
    });
  });
});

describe("mail outbox delivery", () => {
  test("rows sharing a digest key go out once, as one message; a second worker skips them", async () => {
    const { coach } = await fixture();
    const key = `answer_submitted:${coach.id}`;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      ids.push(
        (
          await notifyUser(db, {
            userId: coach.id,
            kind: "answer_submitted",
            data: { n },
            origin,
            digestKey: key,
            sendAfter: new Date(Date.now() - 1000),
          })
        ).emailId ?? "",
      );
    }
    const due = await listDueMailIds(db, { now: new Date() });
    expect(due).toEqual(expect.arrayContaining(ids));
    const batches: number[] = [];
    const send = async (rows: { id: string }[]) => {
      batches.push(rows.length);
      return { messageId: `<m${batches.length}@test>` };
    };
    const results = await Promise.all(
      ids.map((id) => deliverMail(db, id, { send, maxAttempts: 3 })),
    );
    expect(batches).toEqual([3]);
    expect(results.filter((r) => r.status === "sent")).toHaveLength(1);
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.digestKey, key));
    expect(rows.every((r) => r.status === "sent" && r.messageId === "<m1@test>")).toBe(true);
  });

  test("a failure keeps the row pending for a retry, then marks it failed; secrets are scrubbed once sent", async () => {
    const { alice } = await fixture();
    const { emailId } = await notifyUser(db, {
      userId: alice.id,
      kind: "review_landed",
      data: { secretUrl: "https://x/reset/abc" },
      origin,
    });
    if (!emailId) throw new Error("fixture");
    const failing = async () => {
      throw new Error("connection refused");
    };
    expect(await deliverMail(db, emailId, { send: failing, maxAttempts: 2 })).toMatchObject({
      status: "failed",
      willRetry: true,
    });
    let [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, emailId));
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "connection refused" });
    expect(await deliverMail(db, emailId, { send: failing, maxAttempts: 2 })).toMatchObject({
      willRetry: false,
    });
    [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, emailId));
    expect(row?.status).toBe("failed");
    expect(await deliverMail(db, emailId, { send: failing, maxAttempts: 2 })).toEqual({
      status: "skipped",
    });

    const second = await notifyUser(db, {
      userId: alice.id,
      kind: "review_landed",
      data: { secretUrl: "https://x/reset/abc", questionTitle: "Q" },
      origin,
    });
    if (!second.emailId) throw new Error("fixture");
    await deliverMail(db, second.emailId, {
      send: async () => ({ messageId: "<ok@test>" }),
      maxAttempts: 2,
    });
    [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, second.emailId));
    expect(row?.data).toEqual({ questionTitle: "Q" });
  });
});

describe("assignments: notifications and reminders", () => {
  const hour = 3_600_000;

  test("assigning tells each candidate; a past due date is refused with a message", async () => {
    const { cohort, alice, bob, question, scope } = await fixture();
    const set = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Stories",
      questionIds: [question.id],
    });
    const now = new Date();
    const past = await expectDomainError(
      assignSet(db, scope, {
        setId: set.id,
        dueAt: new Date(now.getTime() - hour),
        wholeCohort: true,
        now,
      }),
      "BAD_REQUEST",
    );
    expect(past.message).toBe(
      "That due date has already passed. Pick a date and time in the future.",
    );
    await assignSet(db, scope, {
      setId: set.id,
      dueAt: new Date(now.getTime() + 72 * hour),
      wholeCohort: true,
      now,
      origin,
    });
    for (const user of [alice, bob]) {
      const told = await db.select().from(notifications).where(eq(notifications.userId, user.id));
      expect(told).toEqual([
        expect.objectContaining({
          kind: "set_assigned",
          data: expect.objectContaining({ setTitle: "Stories" }),
        }),
      ]);
    }
  });

  test("due-soon and overdue reminders go out once, only for unfinished work", async () => {
    const { cohort, coach, alice, bob, question } = await fixture();
    const set = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Week 2",
      questionIds: [question.id],
    });
    const now = new Date("2026-05-10T12:00:00Z");
    const createdAt = new Date(now.getTime() - 72 * hour);
    const soon = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: alice.id,
      dueAt: new Date(now.getTime() + 20 * hour),
      assignedById: coach.id,
      createdAt,
    });
    const late = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: bob.id,
      dueAt: new Date(now.getTime() - 2 * hour),
      assignedById: coach.id,
      createdAt,
    });
    // Assigned three days ago: the candidate has had it since before the reminder window.
    await db.update(assignments).set({ updatedAt: createdAt }).where(eq(assignments.setId, set.id));

    const sent = await sendAssignmentReminders(db, { now, origin });
    expect(sent.map((s) => [s.assignmentId, s.kind]).sort()).toEqual(
      [
        [soon.id, "due_soon"],
        [late.id, "overdue"],
      ].sort(),
    );
    expect(await sendAssignmentReminders(db, { now, origin })).toEqual([]);
    // Finished work is not chased: Alice answers, and at the deadline nothing is sent to her.
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      assignmentId: soon.id,
    });
    const later = new Date(now.getTime() + 21 * hour);
    expect(await sendAssignmentReminders(db, { now: later, origin })).toEqual([]);
  });
});
