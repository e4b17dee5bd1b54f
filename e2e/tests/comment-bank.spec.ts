import { randomUUID } from "node:crypto";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { signedIn } from "../support/accounts";
import { GradingPage, trpcMutation, uniqueTag } from "../support/coach";
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

/** Two fresh questions in the coach's spring cohort, each answered by the demo candidate. */
async function twoAnswers(coach: Page, candidate: Page, tag: string): Promise<string[]> {
  const me = await trpcQuery<{
    memberships: { cohortId: string; cohortName: string; role: string }[];
  }>(coach, "me.get", undefined);
  const cohortId = me.memberships.find(
    (m) => m.role === "coach" && /spring/i.test(m.cohortName),
  )?.cohortId;
  if (!cohortId) throw new Error("The demo coach has no spring cohort");
  const answerIds: string[] = [];
  for (const title of [`Checkout timeouts ${tag}`, `Slow dashboards ${tag}`]) {
    const question = await trpcMutation<{ id: string }>(coach, "questions.create", {
      cohortId,
      kind: "debugging",
      title,
      prompt: "Tell me about a production problem you diagnosed and fixed.",
      guidance: "",
      exampleAnswer: "",
    });
    const answer = await trpcMutation<{ answerId: string }>(candidate, "answers.submit", {
      questionId: question.id,
      body: answerText,
      idempotencyKey: randomUUID(),
      cohortId,
    });
    answerIds.push(answer.answerId);
  }
  return answerIds;
}

class BankPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/coach/comments");
    await expect(this.page.getByRole("heading", { level: 1, name: "Comment bank" })).toBeVisible();
  }

  /** An entry, by its text (its name stays while it is being edited). */
  entry(text: string) {
    return this.page
      .getByRole("list", { name: "Comments in the bank" })
      .getByRole("listitem", { name: text, exact: true });
  }
}

async function submitReview(page: Page) {
  await page.getByRole("button", { name: /^(Submit|Update) review$/ }).click();
  const done = page.getByRole("dialog", { name: "Review submitted" });
  await expect(done).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(done).toBeHidden();
}

test("comment bank insert: save a comment, insert it by typing, edit it everywhere", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");
  const [firstId, secondId] = await twoAnswers(coach.page, candidate.page, tag);
  if (!firstId || !secondId) throw new Error("two answers");

  // First review: the coach writes an overall comment and saves it to the bank.
  const saved = `Name the number you moved, ${tag}.`;
  await coach.page.goto(`/coach/review/${firstId}`);
  const overall = coach.page.getByLabel("Overall comment");
  await overall.fill(saved);
  await coach.page.getByRole("button", { name: "Save overall comment to bank" }).click();
  await expect(coach.page.getByText("From the bank", { exact: true })).toBeVisible();
  await submitReview(coach.page);

  // Second review: typing a few letters offers it; arrow keys and Enter insert it, in the
  // overall comment and in a range comment.
  await coach.page.goto(`/coach/review/${secondId}`);
  const grading = new GradingPage(coach.page);
  const overall2 = coach.page.getByLabel("Overall comment");
  await overall2.click();
  await overall2.pressSequentially(`Good story. ${tag.slice(0, 6)}`);
  const options = coach.page.getByRole("listbox", { name: "Comments from the bank" });
  await expect(options.getByRole("option", { name: new RegExp(tag) })).toBeVisible();
  await expect(overall2).toHaveAttribute("aria-activedescendant", /.+/);
  await coach.page.keyboard.press("Escape");
  await expect(options).toBeHidden();
  await overall2.pressSequentially(tag.slice(6, 7));
  await expect(options.getByRole("option", { name: new RegExp(tag) })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await coach.page.keyboard.press("ArrowDown");
  await coach.page.keyboard.press("Enter");
  await expect(overall2).toHaveValue(`Good story. ${saved}`);

  await grading.selectInAnswer("added a composite index");
  const rangeComment = coach.page.getByLabel("Comment", { exact: true });
  await rangeComment.click();
  await rangeComment.pressSequentially(tag.slice(0, 5));
  await expect(options.getByRole("option", { name: new RegExp(tag) })).toBeVisible();
  await coach.page.keyboard.press("Enter");
  await expect(rangeComment).toHaveValue(saved);
  await coach.page.getByRole("button", { name: "Add comment" }).click();
  await expect(coach.page.getByRole("list", { name: "Your comments" })).toContainText(saved);
  await submitReview(coach.page);

  // The bank shows the three uses; editing the entry changes every review it is in.
  const bank = new BankPage(coach.page);
  await bank.goto();
  const entry = bank.entry(saved);
  await expect(entry.getByTestId("bank-usage")).toHaveText("Used 3 times");
  await entry.getByRole("button", { name: "Edit" }).click();
  const edited = `Say which number moved, and by how much, ${tag}.`;
  await entry.getByLabel("Comment").fill(edited);
  await entry.getByLabel("Dimension (optional)").selectOption({ label: "Impact" });
  await entry.getByRole("button", { name: "Save changes" }).click();
  const after = bank.entry(edited);
  await expect(after.getByTestId("bank-usage")).toHaveText("Used 3 times");
  await expect(after).toContainText("Impact");

  await coach.page.goto(`/coach/review/${firstId}`);
  await expect(coach.page.getByLabel("Overall comment")).toHaveValue(edited);
  await coach.page.goto(`/coach/review/${secondId}`);
  await expect(coach.page.getByLabel("Overall comment")).toHaveValue(`Good story. ${edited}`);
  await expect(coach.page.getByRole("list", { name: "Your comments" })).toContainText(edited);

  // The candidate reads the new wording in both reviews.
  for (const answerId of [firstId, secondId]) {
    await candidate.page.goto(`/practice/answers/${answerId}`);
    const review = candidate.page.getByRole("region", { name: "Coach review" });
    await expect(review).toContainText(edited);
    await expect(review).not.toContainText(saved);
  }

  await coach.context.close();
  await candidate.context.close();
});
