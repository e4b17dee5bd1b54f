import { randomUUID } from "node:crypto";
import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, storageStatePath } from "../support/accounts";
import { trpcMutation, uniqueTag } from "../support/coach";
import { expectNoSeriousViolations } from "../support/lead";
import { trpcQuery } from "../support/practice";

// Server renders are slow on a shared 2-core machine under load.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const answerText =
  "Last spring our checkout API started timing out for about 8% of requests every evening. " +
  "I owned the investigation. I pulled the p99 latency dashboards and saw it jump from 180 ms to " +
  "2.4 s when the nightly batch job ran. I found a missing index on the orders table, added a " +
  "composite index, tested it on a staging copy and rolled it out behind a feature flag. " +
  "Timeouts dropped to zero and p99 went back to 190 ms.";

// Three of the spring cohort's demo candidates, in the order they will answer.
const answerers = [
  { email: "aisha.bello@demo.debrief.dev", name: "Aisha Bello" },
  { email: "tomas.herrera@demo.debrief.dev", name: "Tomás Herrera" },
  { email: "mei.lin@demo.debrief.dev", name: "Mei Lin" },
];

/**
 * A fresh question in a fresh set of the demo coach's spring cohort, assigned to three demo
 * candidates who each answer it, oldest first. Its own question and set, so parallel specs
 * grading the same cohort never touch it.
 */
async function answeredSet(browser: Browser, coach: Page, tag: string) {
  const me = await trpcQuery<{
    memberships: { cohortId: string; cohortName: string; role: string }[];
  }>(coach, "me.get", undefined);
  const cohortId = me.memberships.find(
    (m) => m.role === "coach" && /spring/i.test(m.cohortName),
  )?.cohortId;
  if (!cohortId) throw new Error("The demo coach has no spring cohort");
  const title = `Checkout timeouts ${tag}`;
  const question = await trpcMutation<{ id: string }>(coach, "questions.create", {
    cohortId,
    kind: "debugging",
    title,
    prompt: "Tell me about a production problem you diagnosed and fixed.",
    guidance: "",
    exampleAnswer: "",
  });
  const set = await trpcMutation<{ id: string }>(coach, "questionSets.create", {
    cohortId,
    title: `Debugging round ${tag}`,
    description: "",
  });
  await trpcMutation(coach, "questionSets.setItems", {
    setId: set.id,
    questionIds: [question.id],
  });
  const members = await trpcQuery<{ userId: string; email: string; role: string }[]>(
    coach,
    "cohorts.members",
    { cohortId },
  );
  const candidateIds = answerers.map((a) => {
    const id = members.find((m) => m.email === a.email)?.userId;
    if (!id) throw new Error(`${a.email} is not in the spring cohort`);
    return id;
  });
  // A Date crosses tRPC as superjson: the value as text, and the meta that says it is a date.
  const assigned = await coach.request.post("/api/trpc/assignments.create", {
    data: {
      json: {
        setId: set.id,
        dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        candidateIds,
      },
      meta: { values: { dueAt: ["Date"] } },
    },
  });
  expect(assigned.ok(), `assignments.create answered ${assigned.status()}`).toBe(true);

  for (const answerer of answerers) {
    const context = await browser.newContext();
    try {
      const signIn = await context.request.post("/api/session", {
        data: { email: answerer.email, password: DEMO_PASSWORD },
      });
      expect(signIn.ok(), `${answerer.email} signs in`).toBe(true);
      const submitted = await context.request.post("/api/trpc/answers.submit", {
        data: {
          json: {
            questionId: question.id,
            body: answerText,
            idempotencyKey: randomUUID(),
            cohortId,
          },
        },
      });
      expect(submitted.ok(), `${answerer.email} answers`).toBe(true);
    } finally {
      await context.close();
    }
  }
  return { setId: set.id, questionId: question.id, title };
}

test("grade by question: open a set's question, grade one candidate, land on the next, move with buttons and keys", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStatePath("coach") });
  const page = await context.newPage();
  const tag = uniqueTag();
  const { setId, questionId, title } = await answeredSet(browser, page, tag);

  // The set page lists the question with its progress and the way in.
  await page.goto(`/coach/sets/${setId}`);
  const grading = page.getByRole("region", { name: "Grade by question" });
  await expect(grading).toContainText(title);
  await expect(grading).toContainText("0 of 3 graded");
  await grading.getByRole("link", { name: `Grade by question: ${title}` }).click();
  await page.waitForURL(`**/coach/sets/${setId}/questions/${questionId}`);

  // The question page: every candidate's latest attempt, oldest first, and no grades yet.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("question-progress")).toHaveText("0 of 3 graded");
  const attempts = page.getByTestId("question-attempts").getByRole("link");
  await expect(attempts).toHaveCount(3);
  for (const [index, answerer] of answerers.entries()) {
    await expect(attempts.nth(index)).toContainText(answerer.name);
  }
  await expect(page.getByTestId("grade-spread-empty")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: "Start grading" }).click();

  // Candidate 1 of 3, in the same grading panel as the queue.
  const bar = page.getByRole("navigation", { name: "Grade by question" });
  const position = page.getByTestId("grade-by-question-position");
  await expect(position).toHaveText("Candidate 1 of 3");
  await expect(bar).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(answerers[0]?.name ?? "");
  await expect(page.getByTestId("grade-by-question-progress")).toHaveText("0 of 3 graded");
  await expectNoSeriousViolations(page);

  // Keyboard: j is the next candidate, k the previous.
  await page.keyboard.press("j");
  await expect(position).toHaveText("Candidate 2 of 3");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(answerers[1]?.name ?? "");
  await expect(bar).toHaveAttribute("data-ready", "true");
  await page.keyboard.press("k");
  await expect(position).toHaveText("Candidate 1 of 3");

  // Buttons do the same.
  await expect(bar).toHaveAttribute("data-ready", "true");
  await bar.getByRole("link", { name: "Next" }).click();
  await expect(position).toHaveText("Candidate 2 of 3");
  await bar.getByRole("link", { name: "Previous" }).click();
  await expect(position).toHaveText("Candidate 1 of 3");
  await expect(bar).toHaveAttribute("data-ready", "true");

  // Typing j or k in the comment box is text, not navigation.
  const comment = page.getByLabel("Overall comment", { exact: true });
  await comment.fill("Clear spine");
  await comment.press("j");
  await comment.press("k");
  await expect(comment).toHaveValue("Clear spinejk");
  await expect(position).toHaveText("Candidate 1 of 3");
  await comment.fill("Clear spine: lead with the symptom next time.");

  // Submitting the grade offers the next ungraded candidate; taking it lands on candidate 2.
  await page.getByRole("button", { name: "Submit review" }).click();
  const submitted = page.getByTestId("review-submitted");
  await expect(submitted).toContainText("Next ungraded: candidate 2 of 3.");
  await submitted.getByRole("button", { name: "Next ungraded" }).click();
  await expect(position).toHaveText("Candidate 2 of 3");
  await expect(page.getByTestId("grade-by-question-progress")).toHaveText("1 of 3 graded");

  // Back on the question: progress moved and the spread shows the grade.
  await bar.getByRole("link", { name: "All candidates" }).click();
  await page.waitForURL(`**/coach/sets/${setId}/questions/${questionId}`);
  await expect(page.getByTestId("question-progress")).toHaveText("1 of 3 graded");
  await expect(page.getByTestId("grade-spread")).toContainText("1 grade");
  await expect(attempts.nth(0)).toContainText("Reviewed");
  await expectNoSeriousViolations(page);
  await expect(page.getByRole("link", { name: "Continue grading" })).toHaveAttribute(
    "href",
    new RegExp(`set=${setId}&question=${questionId}`),
  );

  await context.close();
});
