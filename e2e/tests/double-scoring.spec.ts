import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { GradingPage, trpcMutation } from "../support/coach";
import { createDoubleScoringCohort, pickScore, signedIn } from "../support/double-scoring";

// Generous: these pages render on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const answerText = [
  "Last March our checkout API started timing out for a fifth of requests during the evening peak.",
  "I was the incident lead. I paged the database on-call, and while we waited I read the slow query log myself.",
  "I found a new report query doing a sequential scan on orders.created_at, added a composite index concurrently,",
  "and p99 latency fell from 4.2 seconds to 180 milliseconds within ten minutes.",
  "We chose the index over rolling back the report because finance needed it that night; the trade-off was",
  "a few minutes of extra write load. Afterwards I added a CI check that runs EXPLAIN on new queries,",
  "and I learned to look at the query log before the dashboards.",
].join(" ");

test("double-scoring: the lead samples, two coaches grade blind 3 points apart, the lead settles, the candidate sees it", async ({
  browser,
}) => {
  test.slow();
  const cohort = await createDoubleScoringCohort();
  const { cohortId, emails, names, password, questionTitle } = cohort;

  // The lead turns double-scoring on for every new answer of the cohort.
  const lead = await signedIn(browser, emails.lead, password);
  await lead.goto(`/lead/cohorts/${cohortId}/moderation`);
  await expect(lead.getByRole("heading", { level: 1, name: "Double-scoring" })).toBeVisible();
  await expect(lead.getByText("Off", { exact: true })).toBeVisible();
  await lead.getByLabel("Share of new answers double-scored (%)").fill("100");
  await lead.getByRole("button", { name: "Save" }).click();
  await expect(lead.getByText("On · 100%")).toBeVisible();

  // The candidate answers.
  const candidate = await signedIn(browser, emails.candidate, password);
  const { answerId } = await trpcMutation<{ answerId: string }>(candidate, "answers.submit", {
    questionId: cohort.questionId,
    body: answerText,
    idempotencyKey: randomUUID(),
  });

  // The first coach grades it as usual: impact 4.
  const first = await signedIn(browser, emails.first, password);
  await first.goto(`/coach/review/${answerId}`);
  const grading = new GradingPage(first);
  await expect(first.getByRole("button", { name: "Submit review" })).toBeEnabled();
  const engineImpact = await grading.engineScore("Impact");
  await pickScore(first, "Impact", 4);
  if (engineImpact !== 4)
    await grading.reason("Impact").fill("A measured result, with a baseline.");
  await first.getByRole("button", { name: "Submit review" }).click();
  await expect(first.getByRole("dialog", { name: "Review submitted" })).toBeVisible();

  // The second coach finds it under Second grades and grades it without seeing the first grade.
  const second = await signedIn(browser, emails.second, password);
  await second.goto("/coach/queue");
  await second.getByRole("link", { name: "Open second grades" }).click();
  await second.getByRole("link", { name: `${names.candidate}: ${questionTitle}` }).click();
  await expect(
    second.getByText("The first coach's grade stays hidden until yours is in."),
  ).toBeVisible();
  await expect(second.getByText(names.first)).toHaveCount(0);
  await expect(second.getByRole("button", { name: "Submit second grade" })).toBeEnabled();
  await pickScore(second, "Impact", 1);
  await second.getByLabel("Note for the lead (optional)").fill("The result is claimed, not shown.");
  await second.getByRole("button", { name: "Submit second grade" }).click();
  // Both in: now each grade is visible beside the other.
  await expect(second.getByRole("heading", { name: "Both grades" })).toBeVisible();
  const impactRow = second.getByRole("row", { name: /^Impact/ });
  await expect(impactRow).toContainText("2+ apart");
  await expect(second.getByRole("columnheader", { name: new RegExp(names.first) })).toBeVisible();

  // The lead sees it in moderation and settles impact at 3, with a reason.
  await lead.goto(`/lead/cohorts/${cohortId}/moderation`);
  const item = lead.getByRole("link", { name: `${names.candidate}: ${questionTitle}` });
  await expect(lead.getByRole("heading", { name: "Moderation (1)" })).toBeVisible();
  await item.click();
  await expect(
    lead.getByRole("heading", { level: 1, name: `${names.candidate}: ${questionTitle}` }),
  ).toBeVisible();
  await expect(lead.getByRole("button", { name: "Settle final grade" })).toBeEnabled();
  await pickScore(lead, "Impact", 3);
  await lead
    .getByLabel("Why this grade")
    .fill("The latency drop is measured; the business effect is not.");
  await lead.getByRole("button", { name: "Settle final grade" }).click();
  await expect(lead.getByText(/Settled at \d+ by Lio Lead/)).toBeVisible();
  // Both coaches' grades stay beside the final one.
  const settledImpact = lead.getByRole("row", { name: /^Impact/ });
  await expect(settledImpact.getByRole("cell")).toHaveText([/\d/, "4", "1", "3"]);
  await lead.goto(`/lead/cohorts/${cohortId}/moderation`);
  await expect(lead.getByRole("heading", { name: "Moderation (0)" })).toBeVisible();
  await expect(lead.getByRole("region", { name: "Settled" })).toContainText(
    "The latency drop is measured",
  );

  // The candidate sees the settled grade as the coach's.
  await candidate.goto(`/practice/answers/${answerId}`);
  const review = candidate.getByRole("region", { name: "Coach review" });
  await expect(
    review
      .getByRole("row", { name: /^Impact/ })
      .getByRole("cell")
      .nth(1),
  ).toContainText("3");
  // And is told: the grade they had read changed.
  await candidate.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ }).click();
  await expect(
    candidate.getByRole("menuitem", {
      name: `Your grade for “${questionTitle}” changed after a second coach's look`,
    }),
  ).toBeVisible();
});
