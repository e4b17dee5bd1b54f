import { describe, expect, test } from "vitest";
import { getAnswerForReview, saveReview } from "../reviews/reviews.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import {
  createAnswer,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  domainErrorCode,
  uniformDimensions,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import {
  createCommentBankEntry,
  deleteCommentBankEntry,
  listCommentBank,
  updateCommentBankEntry,
} from "./comment-bank.ts";

const { db } = useTestDatabase();

const dimensions = uniformDimensions(2);

/** Organisation A with two cohorts (a coach each), organisation B with one. */
async function fixture() {
  const orgA = await createOrganisation(db);
  const a1 = await createCohortWithMembers(db, { organisationId: orgA.id, candidates: 1 });
  const a2 = await createCohortWithMembers(db, { organisationId: orgA.id, candidates: 1 });
  const b1 = await createCohortWithMembers(db, { candidates: 1 });
  const scopeOf = (c: typeof a1): CoachScope => ({
    coachId: c.coaches[0]?.id ?? "",
    cohortIds: [c.cohort.id],
  });
  const candidate = a1.candidates[0];
  if (!candidate) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: a1.cohort.id });
  const other = await createQuestion(db, { cohortId: a1.cohort.id });
  const body = "I traced the timeouts to a missing index and added it after measuring.";
  const first = await createAnswer(db, {
    candidateId: candidate.id,
    questionId: question.id,
    cohortId: a1.cohort.id,
    body,
  });
  const second = await createAnswer(db, {
    candidateId: candidate.id,
    questionId: other.id,
    cohortId: a1.cohort.id,
    body,
  });
  return {
    a1,
    a2,
    b1,
    coachA1: scopeOf(a1),
    coachA2: scopeOf(a2),
    coachB1: scopeOf(b1),
    first,
    second,
  };
}

describe("the comment bank", () => {
  test("is shared by the organisation's coaches and invisible to other organisations", async () => {
    const { coachA1, coachA2, coachB1 } = await fixture();
    const entry = await createCommentBankEntry(db, coachA1, {
      text: "  Name the metric you moved.  ",
      dimension: "impact",
      score: 2,
    });
    expect(entry).toMatchObject({ text: "Name the metric you moved.", usageCount: 0 });
    expect((await listCommentBank(db, coachA2)).map((e) => e.id)).toEqual([entry.id]);
    expect(await listCommentBank(db, coachB1)).toEqual([]);
    expect((await listCommentBank(db, coachA2, { query: "METRIC" })).map((e) => e.id)).toEqual([
      entry.id,
    ]);
    expect(await listCommentBank(db, coachA2, { query: "100%" })).toEqual([]);
    // Another organisation's coach can neither edit nor delete it; it is simply not there.
    expect(
      await domainErrorCode(updateCommentBankEntry(db, coachB1, { entryId: entry.id, text: "x" })),
    ).toBe("NOT_FOUND");
    expect(await domainErrorCode(deleteCommentBankEntry(db, coachB1, { entryId: entry.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await domainErrorCode(deleteCommentBankEntry(db, coachB1, { entryId: "nope" }))).toBe(
      "NOT_FOUND",
    );
    // The same text twice would split the usage count.
    expect(
      await domainErrorCode(
        createCommentBankEntry(db, coachA2, { text: "Name the metric you moved." }),
      ),
    ).toBe("CONFLICT");
    expect(await domainErrorCode(createCommentBankEntry(db, coachA2, { text: "   " }))).toBe(
      "BAD_REQUEST",
    );
    // A cohort outside the coach's scope names no bank.
    const { b1 } = await fixture();
    expect(
      await domainErrorCode(
        createCommentBankEntry(db, coachA1, { text: "Hi", cohortId: b1.cohort.id }),
      ),
    ).toBe("NOT_FOUND");
  });

  test("inserting links comments; editing rewrites them everywhere; deleting keeps their text", async () => {
    const { coachA1, coachA2, coachB1, first, second } = await fixture();
    const entry = await createCommentBankEntry(db, coachA1, { text: "Say what you measured." });
    const save = (answerId: string, version: number, overallComment: string) =>
      saveReview(db, coachA1, {
        answerId,
        expectedVersion: version,
        dimensions,
        overrideReasons: {},
        overallComment,
        overallBankEntryIds: [entry.id],
        comments: [{ start: 0, end: 8, body: "Say what you measured.", bankEntryIds: [entry.id] }],
        submit: true,
      });
    await save(first.id, first.version, "Good story. Say what you measured.");
    await save(second.id, second.version, "Say what you measured.");
    expect((await listCommentBank(db, coachA2))[0]?.usageCount).toBe(4);

    await updateCommentBankEntry(db, coachA2, {
      entryId: entry.id,
      text: "Say which number moved, and by how much.",
      dimension: "impact",
      score: 1,
    });
    const one = await getAnswerForReview(db, coachA1, { answerId: first.id });
    const two = await getAnswerForReview(db, coachA1, { answerId: second.id });
    expect(one.review?.overallComment).toBe("Good story. Say which number moved, and by how much.");
    expect(one.review?.overallBankEntryIds).toEqual([entry.id]);
    expect(one.review?.comments.map((c) => [c.body, c.bankEntryIds])).toEqual([
      ["Say which number moved, and by how much.", [entry.id]],
    ]);
    expect(two.review?.overallComment).toBe("Say which number moved, and by how much.");
    const [listed] = await listCommentBank(db, coachA1);
    expect(listed).toMatchObject({ dimension: "impact", score: 1, usageCount: 4 });
    // A grading panel opened before the edit cannot put the old text back: its save conflicts.
    expect(two.answer.version).toBe(second.version + 2);
    expect(
      await domainErrorCode(save(second.id, second.version + 1, "Say what you measured.")),
    ).toBe("CONFLICT");

    // A coach who rewrites an inserted comment makes it their own: the link goes.
    await saveReview(db, coachA1, {
      answerId: second.id,
      expectedVersion: two.answer.version,
      dimensions,
      overrideReasons: {},
      overallComment: "My own words.",
      overallBankEntryIds: [entry.id],
      comments: [],
      submit: true,
    });
    expect((await listCommentBank(db, coachA1))[0]?.usageCount).toBe(2);

    // Another organisation's entry cannot be linked into this review.
    const foreign = await createCommentBankEntry(db, coachB1, { text: "Elsewhere." });
    expect(
      await domainErrorCode(
        saveReview(db, coachA1, {
          answerId: second.id,
          expectedVersion: two.answer.version + 1,
          dimensions,
          overrideReasons: {},
          overallComment: "Elsewhere.",
          overallBankEntryIds: [foreign.id],
          comments: [],
          submit: true,
        }),
      ),
    ).toBe("NOT_FOUND");

    expect(await deleteCommentBankEntry(db, coachA1, { entryId: entry.id })).toEqual({
      id: entry.id,
      usageCount: 2,
    });
    const after = await getAnswerForReview(db, coachA1, { answerId: first.id });
    expect(after.review?.overallComment).toBe(
      "Good story. Say which number moved, and by how much.",
    );
    expect(after.review?.overallBankEntryIds).toEqual([]);
    expect(await listCommentBank(db, coachA1)).toEqual([]);
  });
});
