import { randomUUID } from "node:crypto";
import { createAnswer, createCohortWithMembers, createQuestion } from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

const day = 86_400_000;

async function setsFixture() {
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, { candidates: 3 });
  const coach = coaches[0];
  const [alice, bob, carol] = candidates;
  if (!coach || !alice || !bob || !carol) throw new Error("fixture");
  const other = await createCohortWithMembers(db, { candidates: 1 });
  const stranger = other.candidates[0];
  const otherCoach = other.coaches[0];
  if (!stranger || !otherCoach) throw new Error("fixture");
  const bank = await createQuestion(db, { kind: "intro" });
  const own = await createQuestion(db, { cohortId: cohort.id, kind: "conflict" });
  const foreign = await createQuestion(db, { cohortId: other.cohort.id });
  return { cohort, coach, alice, bob, carol, other, stranger, otherCoach, bank, own, foreign };
}

describe("questionSets", () => {
  it("creates a set, orders, reorders and removes its questions, and lists it with counts", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const { id } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "  Week 1  ",
      description: "Stories first.",
    });
    await api.questionSets.setItems({ setId: id, questionIds: [f.own.id, f.bank.id] });
    expect(await api.questionSets.get({ setId: id })).toEqual({
      id,
      cohortId: f.cohort.id,
      title: "Week 1",
      description: "Stories first.",
      items: [
        { questionId: f.own.id, position: 0, title: f.own.title, kind: "conflict" },
        { questionId: f.bank.id, position: 1, title: f.bank.title, kind: "intro" },
      ],
    });
    await api.questionSets.setItems({ setId: id, questionIds: [f.bank.id] });
    await api.questionSets.update({ setId: id, title: "Week one", description: "" });
    const set = await api.questionSets.get({ setId: id });
    expect(set.items.map((i) => [i.questionId, i.position])).toEqual([[f.bank.id, 0]]);
    expect(set.title).toBe("Week one");
    await api.assignments.create({
      setId: id,
      dueAt: new Date(Date.now() + day),
      wholeCohort: true,
    });
    const list = await api.questionSets.list({ cohortId: f.cohort.id });
    expect(list).toEqual([
      {
        id,
        cohortId: f.cohort.id,
        cohortName: f.cohort.name,
        title: "Week one",
        description: "",
        itemCount: 1,
        assignedCount: 3,
        updatedAt: expect.any(Date),
      },
    ]);
    expect(await api.questionSets.list()).toEqual(list);
  });

  it("refuses another cohort's questions, duplicates, over 50 items and foreign sets", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const { id } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "Set",
      description: "",
    });
    const foreign = await expectCode(
      api.questionSets.setItems({ setId: id, questionIds: [f.bank.id, f.foreign.id] }),
      "NOT_FOUND",
    );
    expect(foreign.message).toContain("questionIds.1");
    const duplicate = await expectCode(
      api.questionSets.setItems({ setId: id, questionIds: [f.bank.id, f.bank.id] }),
      "BAD_REQUEST",
    );
    expect(duplicate.message).toContain("questionIds.1");
    await expectCode(
      api.questionSets.setItems({
        setId: id,
        questionIds: Array.from({ length: 51 }, () => randomUUID()),
      }),
      "BAD_REQUEST",
    );
    expect((await api.questionSets.get({ setId: id })).items).toEqual([]);

    const { id: theirs } = await callerFor(f.otherCoach.id).questionSets.create({
      cohortId: f.other.cohort.id,
      title: "Theirs",
      description: "",
    });
    await expectCode(api.questionSets.get({ setId: theirs }), "NOT_FOUND");
    await expectCode(
      api.questionSets.update({ setId: theirs, title: "Mine now", description: "" }),
      "NOT_FOUND",
    );
    await expectCode(api.questionSets.setItems({ setId: theirs, questionIds: [] }), "NOT_FOUND");
    await expectCode(
      api.questionSets.create({ cohortId: f.other.cohort.id, title: "x", description: "" }),
      "NOT_FOUND",
    );
    await expectCode(api.questionSets.list({ cohortId: f.other.cohort.id }), "NOT_FOUND");
    await expectCode(
      callerFor(f.alice.id).questionSets.create({
        cohortId: f.cohort.id,
        title: "x",
        description: "",
      }),
      "FORBIDDEN",
    );
    const blank = await expectCode(
      api.questionSets.create({ cohortId: f.cohort.id, title: "   ", description: "" }),
      "BAD_REQUEST",
    );
    expect(blank.message).toContain("title is required");
  });
});

describe("assignments", () => {
  it("is idempotent: assigning twice keeps one row per candidate and moves the due date", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const { id: setId } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "Week 2",
      description: "",
    });
    // An empty set is refused by the server, whatever the form knew when it was drawn.
    const empty = await expectCode(
      api.assignments.create({
        setId,
        dueAt: new Date(Date.now() + 3 * day),
        candidateIds: [f.alice.id],
      }),
      "BAD_REQUEST",
    );
    expect(empty.message).toBe("Add at least one question before assigning the set.");
    await api.questionSets.setItems({ setId, questionIds: [f.bank.id, f.own.id] });
    // A date PostgreSQL cannot store is a 400 naming the field, not a failed insert.
    for (const dueAt of [new Date(8.64e15), new Date(-8.64e15), new Date(Number.NaN)]) {
      const refused = await expectCode(
        api.assignments.create({ setId, dueAt, candidateIds: [f.alice.id] }),
        "BAD_REQUEST",
      );
      expect(refused.message).toMatch(/dueAt/);
    }
    const firstDue = new Date(Date.now() + 3 * day);
    expect(
      await api.assignments.create({ setId, dueAt: firstDue, candidateIds: [f.alice.id] }),
    ).toEqual({ created: 1, updated: 0 });
    const secondDue = new Date(Date.now() + 7 * day);
    expect(
      await api.assignments.create({
        setId,
        dueAt: secondDue,
        candidateIds: [f.alice.id, f.alice.id],
      }),
    ).toEqual({ created: 0, updated: 1 });
    const rows = await db.query.assignments.findMany({
      where: (a, { eq }) => eq(a.setId, setId),
    });
    expect(rows.map((r) => [r.candidateId, r.dueAt.getTime()])).toEqual([
      [f.alice.id, secondDue.getTime()],
    ]);

    // A due date in the past is refused, in words.
    const past = await expectCode(
      api.assignments.create({ setId, dueAt: new Date(Date.now() - day), wholeCohort: true }),
      "BAD_REQUEST",
    );
    expect(past.message).toBe(
      "That due date has already passed. Pick a date and time in the future.",
    );

    // Whole cohort: the others are created, Alice's is updated, never duplicated.
    const thirdDue = new Date(Date.now() + 2 * day);
    expect(await api.assignments.create({ setId, dueAt: thirdDue, wholeCohort: true })).toEqual({
      created: 2,
      updated: 1,
    });
    // Concurrent re-assigns of the whole cohort still leave one row per candidate.
    await Promise.all([
      api.assignments.create({ setId, dueAt: thirdDue, wholeCohort: true }),
      api.assignments.create({ setId, dueAt: thirdDue, wholeCohort: true }),
    ]);
    const after = await db.query.assignments.findMany({ where: (a, { eq }) => eq(a.setId, setId) });
    expect(after).toHaveLength(3);

    // Time passes beyond the due date, and Alice answers one of two questions for the
    // assignment: overdue on both sides.
    const overdueAt = new Date(Date.now() - day);
    await db.execute(
      `update assignments set due_at = '${overdueAt.toISOString()}' where set_id = '${setId}'`,
    );
    const alices = after.find((a) => a.candidateId === f.alice.id);
    await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: f.bank.id,
      cohortId: f.cohort.id,
      assignmentId: alices?.id ?? null,
    });
    const forSet = await api.assignments.forSet({ setId });
    expect(forSet.map((a) => a.candidateId).sort()).toEqual(
      [f.alice.id, f.bob.id, f.carol.id].sort(),
    );
    expect(forSet.find((a) => a.candidateId === f.alice.id)).toEqual({
      id: alices?.id,
      candidateId: f.alice.id,
      candidateName: f.alice.name,
      dueAt: overdueAt,
      isOverdue: true,
      completed: 1,
      total: 2,
    });
    const [mine] = await callerFor(f.alice.id).assignments.mine();
    expect(mine).toMatchObject({ isOverdue: true, completed: 1, total: 2 });
  });

  it("refuses candidates outside the set's cohort, and sets outside the coach's cohorts", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const { id: setId } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "Week 3",
      description: "",
    });
    await api.questionSets.setItems({ setId, questionIds: [f.bank.id] });
    const dueAt = new Date(Date.now() + day);
    await expectCode(
      api.assignments.create({ setId, dueAt, candidateIds: [f.alice.id, f.stranger.id] }),
      "NOT_FOUND",
    );
    // The coach is a member but not a candidate.
    await expectCode(
      api.assignments.create({ setId, dueAt, candidateIds: [f.coach.id] }),
      "NOT_FOUND",
    );
    await expectCode(
      api.assignments.create({ setId, dueAt, wholeCohort: true, candidateIds: [f.stranger.id] }),
      "NOT_FOUND",
    );
    const nobody = await expectCode(api.assignments.create({ setId, dueAt }), "BAD_REQUEST");
    expect(nobody.message).toContain("candidateIds");
    expect(
      await db.query.assignments.findMany({ where: (a, { eq }) => eq(a.setId, setId) }),
    ).toEqual([]);
    await expectCode(
      callerFor(f.otherCoach.id).assignments.create({ setId, dueAt, wholeCohort: true }),
      "NOT_FOUND",
    );
    await expectCode(callerFor(f.otherCoach.id).assignments.forSet({ setId }), "NOT_FOUND");
    await expectCode(
      callerFor(f.alice.id).assignments.create({ setId, dueAt, wholeCohort: true }),
      "FORBIDDEN",
    );
  });
});

describe("questions (coach)", () => {
  it("lists the bank and the coach's cohort questions with search, kind and answer counts", async () => {
    const f = await setsFixture();
    const special = await createQuestion(db, {
      cohortId: f.cohort.id,
      kind: "debugging",
      title: "The 100%_uptime outage",
      prompt: "Tell me about a pager night.",
    });
    const decoy = await createQuestion(db, {
      cohortId: f.cohort.id,
      kind: "debugging",
      title: "The 1000 uptime outage",
    });
    await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: special.id,
      cohortId: f.cohort.id,
    });
    // An answer in another cohort does not count towards this coach's numbers.
    await createAnswer(db, {
      candidateId: f.stranger.id,
      questionId: f.bank.id,
      cohortId: f.other.cohort.id,
    });
    const api = callerFor(f.coach.id);
    const all = await api.questions.bank();
    const ids = all.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining([f.bank.id, f.own.id, special.id, decoy.id]));
    expect(ids).not.toContain(f.foreign.id);
    expect(all.find((q) => q.id === f.bank.id)).toMatchObject({
      cohortId: null,
      cohortName: null,
      isEditable: false,
      answerCount: 0,
      archivedAt: null,
    });
    expect(all.find((q) => q.id === special.id)).toMatchObject({
      cohortId: f.cohort.id,
      cohortName: f.cohort.name,
      isEditable: true,
      answerCount: 1,
    });
    // Wildcards are literal: "100%_" matches only the title that contains those characters.
    const literal = await api.questions.bank({ search: "100%_UPTIME" });
    expect(literal.map((q) => q.id)).toEqual([special.id]);
    expect((await api.questions.bank({ search: "pager NIGHT" })).map((q) => q.id)).toEqual([
      special.id,
    ]);
    const conflicts = await api.questions.bank({ kind: "conflict", cohortId: f.cohort.id });
    expect(conflicts.every((q) => q.kind === "conflict")).toBe(true);
    expect(conflicts.map((q) => q.id)).toContain(f.own.id);
    await expectCode(api.questions.bank({ cohortId: f.other.cohort.id }), "NOT_FOUND");
    await expectCode(callerFor(f.alice.id).questions.bank(), "FORBIDDEN");
  });

  it("creates and edits cohort questions; bank questions are read-only; foreign ones not found", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const fields = {
      kind: "cross_functional" as const,
      title: "Aligning security on a rollout",
      prompt: "Tell me about aligning a security team on a launch.",
      guidance: "Name the shared goal.",
      exampleAnswer: "I proposed a staged rollout...",
    };
    const { id } = await api.questions.create({ cohortId: f.cohort.id, ...fields });
    expect(await api.questions.forEdit({ questionId: id })).toEqual({
      id,
      cohortId: f.cohort.id,
      ...fields,
      isEditable: true,
      archivedAt: null,
    });
    await api.questions.update({ questionId: id, ...fields, kind: "conflict", title: "Renamed" });
    expect(await api.questions.forEdit({ questionId: id })).toMatchObject({
      kind: "conflict",
      title: "Renamed",
    });
    const readOnly = await expectCode(
      api.questions.update({ questionId: f.bank.id, ...fields }),
      "FORBIDDEN",
    );
    expect(readOnly.message).toBe("Bank questions are read-only.");
    await expectCode(api.questions.remove({ questionId: f.bank.id }), "FORBIDDEN");
    expect((await api.questions.forEdit({ questionId: f.bank.id })).isEditable).toBe(false);
    await expectCode(api.questions.update({ questionId: f.foreign.id, ...fields }), "NOT_FOUND");
    await expectCode(api.questions.remove({ questionId: f.foreign.id }), "NOT_FOUND");
    await expectCode(api.questions.forEdit({ questionId: f.foreign.id }), "NOT_FOUND");
    await expectCode(api.questions.create({ cohortId: f.other.cohort.id, ...fields }), "NOT_FOUND");
    // Answered: the kind is fixed, since stored scores were weighted for it.
    await createAnswer(db, { candidateId: f.alice.id, questionId: id, cohortId: f.cohort.id });
    const kindChange = await expectCode(
      api.questions.update({ questionId: id, ...fields }),
      "BAD_REQUEST",
    );
    expect(kindChange.message).toContain("kind");
  });

  it("deletes an unused question, archives one with answers or in a set, and restores it", async () => {
    const f = await setsFixture();
    const api = callerFor(f.coach.id);
    const unused = await createQuestion(db, { cohortId: f.cohort.id });
    const answered = await createQuestion(db, { cohortId: f.cohort.id });
    const inSet = await createQuestion(db, { cohortId: f.cohort.id });
    await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: answered.id,
      cohortId: f.cohort.id,
    });
    const { id: setId } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "Uses it",
      description: "",
    });
    await api.questionSets.setItems({ setId, questionIds: [inSet.id] });

    expect(await api.questions.remove({ questionId: unused.id })).toEqual({ outcome: "deleted" });
    expect(
      await db.query.questions.findFirst({ where: (q, { eq }) => eq(q.id, unused.id) }),
    ).toBeUndefined();
    expect(await api.questions.remove({ questionId: answered.id })).toEqual({
      outcome: "archived",
    });
    expect(await api.questions.remove({ questionId: inSet.id })).toEqual({ outcome: "archived" });

    const visible = (await api.questions.bank()).map((q) => q.id);
    expect(visible).not.toContain(answered.id);
    const withArchived = await api.questions.bank({ includeArchived: true });
    expect(withArchived.find((q) => q.id === answered.id)?.archivedAt).toBeInstanceOf(Date);
    // Archived stays in its set (reorder still works) but cannot be newly added elsewhere.
    await api.questionSets.setItems({ setId, questionIds: [inSet.id, f.bank.id] });
    const { id: otherSet } = await api.questionSets.create({
      cohortId: f.cohort.id,
      title: "New",
      description: "",
    });
    await expectCode(
      api.questionSets.setItems({ setId: otherSet, questionIds: [answered.id] }),
      "BAD_REQUEST",
    );

    await api.questions.restore({ questionId: answered.id });
    expect((await api.questions.bank()).map((q) => q.id)).toContain(answered.id);
    // The candidate's old attempt still reads its question.
    expect((await callerFor(f.alice.id).answers.recent())[0]?.question.id).toBe(answered.id);
  });
});
