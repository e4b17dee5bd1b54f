import { randomUUID } from "node:crypto";
import { expect as baseExpect, type Locator, type Page, test } from "@playwright/test";
import { signedIn } from "../support/accounts";
import { trpcMutation, uniqueTag } from "../support/coach";
import { trpcQuery } from "../support/practice";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const answerText =
  "Last spring our checkout API started timing out for about 8% of requests every evening. " +
  "I owned the investigation. I pulled the p99 latency dashboards and saw it jump from 180 ms to " +
  "2.4 s when the nightly batch job ran. I compared slow query logs and found a missing index on " +
  "the orders table. I added a composite index, tested it on a staging copy with production " +
  "volume, and rolled it out behind a feature flag. Timeouts dropped to zero and p99 went back to " +
  "190 ms. To prevent a repeat, I added an alert on sequential scans over one million rows and a " +
  "query review step to our migration checklist.";

/**
 * Set-up through the API (what other journeys prove in the browser): a question of the coach's
 * own, the demo candidate's answer to it, and the coach's released review that keeps the
 * engine's scores. Returns the answer and the review's Reflection score.
 */
async function reviewedAnswer(coach: Page, candidate: Page) {
  const tag = uniqueTag();
  const me = await trpcQuery<{
    memberships: { cohortId: string; role: string; cohortName: string }[];
  }>(coach, "me.get", undefined);
  const cohort = me.memberships.find((m) => m.role === "coach" && /spring/i.test(m.cohortName));
  if (!cohort) throw new Error("The demo coach has no spring cohort");
  const question = await trpcMutation<{ id: string }>(coach, "questions.create", {
    cohortId: cohort.cohortId,
    kind: "debugging",
    title: `Checkout timeouts ${tag}`,
    prompt: "Tell me about a production problem you diagnosed and fixed.",
    guidance: "",
    exampleAnswer: "",
  });
  const submitted = await trpcMutation<{ answerId: string }>(candidate, "answers.submit", {
    questionId: question.id,
    body: answerText,
    idempotencyKey: randomUUID(),
  });
  const detail = await trpcQuery<{
    answer: { version: number };
    auto: { dimensions: Record<string, number> };
  }>(coach, "reviews.get", { answerId: submitted.answerId });
  await trpcMutation(coach, "reviews.save", {
    answerId: submitted.answerId,
    expectedVersion: detail.answer.version,
    dimensions: detail.auto.dimensions,
    overrideReasons: {},
    overallComment: "Clear story with real numbers.",
    comments: [],
    submit: true,
  });
  return {
    answerId: submitted.answerId,
    title: `Checkout timeouts ${tag}`,
    reflection: detail.auto.dimensions.reflection ?? 0,
  };
}

/** Clicks until the island has hydrated and answered (a click before hydration does nothing). */
async function clickUntil(button: Locator, appears: Locator) {
  await expect(async () => {
    await button.click();
    await baseExpect(appears).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

async function askForRegrade(candidate: Page, answerId: string, reason: string) {
  await candidate.goto(`/practice/answers/${answerId}`);
  const section = candidate.getByRole("region", { name: "Regrade" });
  await expect(section).toContainText("you can ask once");
  const reflection = section.getByRole("checkbox", { name: /Reflection/ });
  await clickUntil(section.getByRole("button", { name: "Ask for a regrade" }), reflection);
  await reflection.check();
  await section.getByLabel("Why should they change?").fill(reason);
  await section.getByRole("button", { name: "Send request" }).click();
  await expect(section.getByText("Waiting for your coach")).toBeVisible();
  return section;
}

async function openFromQueue(coach: Page, title: string) {
  await coach.goto("/coach/queue");
  await coach.getByRole("link", { name: /Regrade requests/ }).click();
  await coach.waitForURL(/view=regrades/);
  const requests = coach.getByRole("list", { name: "Regrade requests" });
  await requests.getByRole("link", { name: new RegExp(title) }).click();
  await coach.waitForURL(/\/coach\/review\/[0-9a-f-]{36}#regrade$/);
  const section = coach.getByRole("region", { name: /asks for a regrade/ });
  await expect(section).toContainText("Reflection");
  return section;
}

test("a candidate asks for a regrade, the coach accepts with a new score, and both see the history", async ({
  browser,
}) => {
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");
  const { answerId, title, reflection } = await reviewedAnswer(coach.page, candidate.page);
  const raised = reflection >= 4 ? 3 : reflection + 1;

  await askForRegrade(
    candidate.page,
    answerId,
    "I named the alert and the checklist step I added.",
  );

  const section = await openFromQueue(coach.page, title);
  await expect(section).toContainText("I named the alert and the checklist step I added.");
  const select = section.getByLabel(/^Reflection/);
  await expect(async () => {
    await select.selectOption(String(raised));
    await baseExpect(select).toHaveValue(String(raised), { timeout: 2_000 });
  }).toPass();
  await section
    .getByLabel("Reason for the new scores")
    .fill("Agreed: the alert is real prevention.");
  await section.getByRole("button", { name: "Accept regrade" }).click();
  const decided = coach.page.getByRole("region", { name: "Regrade request" });
  await expect(decided).toContainText("changed the scores");
  await expect(decided.getByRole("row", { name: /Reflection/ })).toContainText(String(raised));

  // The candidate reads the new score, the reason beside it, and the history.
  // The same URL as the open page: reload, or the browser keeps the page it has.
  await candidate.page.reload();
  await expect(candidate.page.getByRole("meter", { name: "Reflection, Coach" })).toHaveAttribute(
    "aria-valuenow",
    String(raised),
  );
  await expect(candidate.page.getByRole("region", { name: "Coach review" })).toContainText(
    "Agreed: the alert is real prevention.",
  );
  const history = candidate.page.getByRole("region", { name: "Regrade" });
  await expect(history.getByText("Accepted")).toBeVisible();
  await expect(history).toContainText("I named the alert and the checklist step I added.");

  await coach.context.close();
  await candidate.context.close();
});

test("a coach declines a regrade with an answer, and the candidate reads it", async ({
  browser,
}) => {
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");
  const { answerId, title, reflection } = await reviewedAnswer(coach.page, candidate.page);

  await askForRegrade(candidate.page, answerId, "The lesson at the end is specific.");
  const section = await openFromQueue(coach.page, title);
  const decline = section.getByRole("radio", { name: "Decline and explain" });
  await expect(async () => {
    await decline.check();
    await baseExpect(section.getByLabel("Your answer to the candidate")).toBeVisible({
      timeout: 2_000,
    });
  }).toPass();
  await section.getByRole("button", { name: "Decline regrade" }).click();
  await expect(section.getByRole("alert")).toContainText("why the scores stand");
  await section
    .getByLabel("Your answer to the candidate")
    .fill("Name what you would change next time.");
  await section.getByRole("button", { name: "Decline regrade" }).click();
  await expect(coach.page.getByRole("region", { name: "Regrade request" })).toContainText(
    "kept the scores",
  );

  await candidate.page.reload();
  const history = candidate.page.getByRole("region", { name: "Regrade" });
  await expect(history.getByText("Declined")).toBeVisible();
  await expect(history).toContainText("Name what you would change next time.");
  await expect(candidate.page.getByRole("meter", { name: "Reflection, Coach" })).toHaveAttribute(
    "aria-valuenow",
    String(reflection),
  );

  await coach.context.close();
  await candidate.context.close();
});
