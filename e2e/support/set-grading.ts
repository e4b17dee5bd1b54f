import { randomUUID } from "node:crypto";
import { expect as baseExpect, type Page } from "@playwright/test";
import { SetsPage, trpcMutation } from "./coach";
import { trpcQuery } from "./practice";

// Helpers for the grading-settings journeys (publish step, blind grading): a fresh set in the
// demo coach's spring cohort assigned to the demo candidate, their answer, the set's settings.

const expect = baseExpect.configure({ timeout: 30_000 });

export const candidateName = "Alex Moreno";
const answerText =
  "Last spring our checkout API started timing out for about 8% of requests every evening. " +
  "I owned the investigation. I pulled the p99 latency dashboards and saw it jump from 180 ms to " +
  "2.4 s when the nightly batch job ran. I found a missing index on the orders table, added a " +
  "composite index, tested it on a staging copy and rolled it out behind a feature flag. " +
  "Timeouts dropped to zero and p99 went back to 190 ms. Next time I would check the batch " +
  "schedule first.";

export async function springCohortId(page: Page): Promise<string> {
  const me = await trpcQuery<{
    memberships: { cohortId: string; cohortName: string; role: string }[];
  }>(page, "me.get", undefined);
  const cohort = me.memberships.find((m) => m.role === "coach" && /spring/i.test(m.cohortName));
  if (!cohort) throw new Error("The demo coach has no spring cohort");
  return cohort.cohortId;
}

/** A new set in the spring cohort with one question of its own, assigned to the candidate. */
export async function assignedSet(coach: Page, tag: string, label: string) {
  const title = `${label} ${tag}`;
  await trpcMutation<{ id: string }>(coach, "questions.create", {
    cohortId: await springCohortId(coach),
    kind: "debugging",
    title,
    prompt: "Tell me about a production problem you diagnosed and fixed.",
    guidance: "",
    exampleAnswer: "",
  });
  const sets = new SetsPage(coach);
  await sets.goto();
  const setTitle = `${label} set ${tag}`;
  const set = await sets.create(setTitle, "One debugging story.");
  await set.addQuestion(title);
  await set.assignTo(candidateName);
  return { title, setTitle, setUrl: coach.url() };
}

/** The candidate answers the set's question through the assignment. */
export async function answerAssigned(candidate: Page, setTitle: string, title: string) {
  const assignments = await trpcQuery<
    { id: string; set: { title: string }; questions: { id: string; title: string }[] }[]
  >(candidate, "assignments.mine", undefined);
  const assignment = assignments.find((a) => a.set.title === setTitle);
  const question = assignment?.questions.find((q) => q.title === title);
  if (!assignment || !question) throw new Error("the new assignment is not the candidate's");
  const { answerId } = await trpcMutation<{ answerId: string }>(candidate, "answers.submit", {
    questionId: question.id,
    assignmentId: assignment.id,
    body: answerText,
    idempotencyKey: randomUUID(),
  });
  return answerId;
}

/** Saves the set page's grading form once the page has hydrated. */
export async function saveGrading(
  coach: Page,
  options: { hold?: boolean; blind?: boolean },
): Promise<void> {
  const form = coach.getByTestId("grading-settings");
  await expect(form).toBeVisible();
  if (options.hold !== undefined) {
    await form
      .getByRole("radio", {
        name: options.hold
          ? "Hold reviews until I publish them"
          : "Release each review when it's submitted",
      })
      .check();
  }
  if (options.blind !== undefined) {
    const blind = form.getByRole("checkbox", { name: /Blind grading/ });
    if (options.blind) await blind.check();
    else await blind.uncheck();
  }
  const save = form.getByRole("button", { name: /^Save/ });
  await expect(save).toBeEnabled();
  await save.click();
  await expect(form.getByTestId("grading-status")).toHaveText(/^Saved/);
}

/**
 * Marks read the candidate's notifications about this journey's set (assigned, reviewed), so the
 * shared demo candidate's unread count stays what the other specs expect.
 */
export async function markJourneyRead(candidate: Page, tag: string): Promise<void> {
  const notes = await trpcQuery<{ id: string; data: Record<string, unknown>; readAt: unknown }[]>(
    candidate,
    "notifications.list",
    undefined,
  );
  const ids = notes.filter((n) => JSON.stringify(n.data).includes(tag)).map((n) => n.id);
  if (ids.length > 0) await trpcMutation(candidate, "notifications.markRead", { ids });
}
