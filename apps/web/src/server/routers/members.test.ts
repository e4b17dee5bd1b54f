import { auditEvents } from "@debrief/db/schema";
import { addMembership, createCohortWithMembers, createUser } from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

async function membersFixture() {
  const invited = await createUser(db, { name: "Ivy Invited", passwordHash: null });
  const { cohort, leads, coaches, candidates } = await createCohortWithMembers(db, {
    leads: [{ name: "Lena Lead" }],
    coaches: [{ name: "Kim Coach" }],
    candidates: [{ name: "Alice" }, invited],
  });
  const [lead] = leads;
  const [coach] = coaches;
  const [alice] = candidates;
  if (!lead || !coach || !alice) throw new Error("fixture");
  const other = await createCohortWithMembers(db, { leads: 1, candidates: 1 });
  return { cohort, lead, coach, alice, invited, other };
}

async function auditActions(cohortId: string) {
  const rows = await db.select().from(auditEvents);
  return rows.filter((row) => row.cohortId === cohortId).map((row) => row.action);
}

describe("members.list", () => {
  it("lists the cohort's people, leads first, with whether they can sign in", async () => {
    const f = await membersFixture();
    const members = await callerFor(f.lead.id).members.list({ cohortId: f.cohort.id });
    expect(members.map((m) => [m.name, m.role, m.hasPassword])).toEqual([
      ["Lena Lead", "lead", true],
      ["Kim Coach", "coach", true],
      ["Alice", "candidate", true],
      ["Ivy Invited", "candidate", false],
    ]);
    expect(members[0]).toMatchObject({ userId: f.lead.id, email: f.lead.email });
    expect(members[0]?.joinedAt).toBeInstanceOf(Date);
  });

  it("is NOT_FOUND in another cohort and FORBIDDEN for coaches and candidates", async () => {
    const f = await membersFixture();
    await expectCode(
      callerFor(f.lead.id).members.list({ cohortId: f.other.cohort.id }),
      "NOT_FOUND",
    );
    await expectCode(callerFor(f.coach.id).members.list({ cohortId: f.cohort.id }), "FORBIDDEN");
    await expectCode(callerFor(f.alice.id).members.list({ cohortId: f.cohort.id }), "FORBIDDEN");
    await expectCode(
      callerFor(f.coach.id).members.changeRole({
        cohortId: f.cohort.id,
        userId: f.coach.id,
        role: "lead",
      }),
      "FORBIDDEN",
    );
  });
});

describe("members.changeRole and members.remove", () => {
  it("changes a role, which applies on the member's very next call, and audits it", async () => {
    const f = await membersFixture();
    await expect(
      callerFor(f.alice.id)
        .assignments.mine()
        .then(() => "ok"),
    ).resolves.toBe("ok");
    const changed = await callerFor(f.lead.id).members.changeRole({
      cohortId: f.cohort.id,
      userId: f.alice.id,
      role: "coach",
    });
    expect(changed).toEqual({ userId: f.alice.id, role: "coach", previousRole: "candidate" });
    // Alice is now a coach here: candidate procedures refuse her, coach ones admit her.
    await expectCode(callerFor(f.alice.id).assignments.mine(), "FORBIDDEN");
    await expect(
      callerFor(f.alice.id)
        .cohorts.members({ cohortId: f.cohort.id })
        .then((m) => m.length),
    ).resolves.toBe(4);
    expect(await auditActions(f.cohort.id)).toContain("membership.role_changed");
  });

  it("removal takes effect on the removed member's very next call", async () => {
    const f = await membersFixture();
    const coachCaller = callerFor(f.coach.id);
    await expect(
      coachCaller.cohorts.members({ cohortId: f.cohort.id }).then((m) => m.length),
    ).resolves.toBe(4);
    await callerFor(f.lead.id).members.remove({ cohortId: f.cohort.id, userId: f.coach.id });
    // Same caller object (as a signed-in session would be): the next call is refused.
    await expectCode(coachCaller.cohorts.members({ cohortId: f.cohort.id }), "FORBIDDEN");
    await expectCode(coachCaller.cohorts.get({ cohortId: f.cohort.id }), "NOT_FOUND");
    const members = await callerFor(f.lead.id).members.list({ cohortId: f.cohort.id });
    expect(members.map((m) => m.userId)).not.toContain(f.coach.id);
    expect(await auditActions(f.cohort.id)).toContain("membership.removed");
  });

  it("a removed lead loses lead procedures on their next call", async () => {
    const f = await membersFixture();
    const second = await createUser(db, { name: "Sam Second" });
    await callerFor(f.lead.id).members.list({ cohortId: f.cohort.id });
    await addMembership(db, { userId: second.id, cohortId: f.cohort.id, role: "lead" });
    const secondCaller = callerFor(second.id);
    await secondCaller.members.list({ cohortId: f.cohort.id });
    await callerFor(f.lead.id).members.remove({ cohortId: f.cohort.id, userId: second.id });
    await expectCode(secondCaller.members.list({ cohortId: f.cohort.id }), "FORBIDDEN");
  });

  it("the last lead can neither demote nor remove themselves; with two leads they can", async () => {
    const f = await membersFixture();
    const lead = callerFor(f.lead.id);
    const demote = await expectCode(
      lead.members.changeRole({ cohortId: f.cohort.id, userId: f.lead.id, role: "coach" }),
      "BAD_REQUEST",
    );
    expect(demote.message).toMatch(/at least one team lead/);
    const remove = await expectCode(
      lead.members.remove({ cohortId: f.cohort.id, userId: f.lead.id }),
      "BAD_REQUEST",
    );
    expect(remove.message).toMatch(/can't remove yourself/);

    await lead.members.changeRole({ cohortId: f.cohort.id, userId: f.coach.id, role: "lead" });
    await lead.members.changeRole({ cohortId: f.cohort.id, userId: f.lead.id, role: "coach" });
    // Now a coach, the former lead can no longer manage members.
    await expectCode(lead.members.list({ cohortId: f.cohort.id }), "FORBIDDEN");
  });

  it("a member of another cohort or an unknown user is NOT_FOUND", async () => {
    const f = await membersFixture();
    const stranger = f.other.candidates[0];
    if (!stranger) throw new Error("fixture");
    await expectCode(
      callerFor(f.lead.id).members.remove({ cohortId: f.cohort.id, userId: stranger.id }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.lead.id).members.changeRole({
        cohortId: f.cohort.id,
        userId: stranger.id,
        role: "coach",
      }),
      "NOT_FOUND",
    );
  });
});
