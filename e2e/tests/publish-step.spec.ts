import { expect as baseExpect, test } from "@playwright/test";
import { signedIn } from "../support/accounts";
import { uniqueTag } from "../support/coach";
import { trpcQuery } from "../support/practice";
import {
  answerAssigned,
  assignedSet,
  candidateName,
  markJourneyRead,
  saveGrading,
} from "../support/set-grading";

// The publish step: a set that holds its reviews. The candidate sees nothing of a submitted
// review (no score, no comment, no notification) until the coach publishes the set's reviews.

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

test("a held set: the candidate sees the review, and is told, only when the coach publishes", async ({
  browser,
}) => {
  const tag = uniqueTag();
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");

  // The coach makes a set hold its reviews.
  const { title, setTitle, setUrl } = await assignedSet(coach.page, tag, "Held timeouts");
  await saveGrading(coach.page, { hold: true });
  const panel = coach.page.getByRole("region", { name: "No reviews waiting to be published" });
  await expect(panel).toBeVisible();

  // The candidate answers; the coach grades and submits.
  const answerId = await answerAssigned(candidate.page, setTitle, title);
  await coach.page.goto(`/coach/review/${answerId}`);
  const submit = coach.page.getByRole("button", { name: "Submit review" });
  await expect(submit).toBeEnabled();
  await coach.page
    .getByLabel("Overall comment")
    .fill("Held until publishing: lead with the symptom.");
  await submit.click();
  const done = coach.page.getByRole("dialog", { name: "Review submitted" });
  await expect(done).toContainText(`Held: ${candidateName} sees it when you publish`);
  await done.getByRole("button", { name: "Back to this review" }).click();
  await expect(coach.page.getByText("Held until published").first()).toBeVisible();
  await expect(coach.page.getByRole("button", { name: "Update held review" })).toBeVisible();

  // The candidate sees the answer waiting, no coach review, and no notification of it.
  await candidate.page.goto(`/practice/answers/${answerId}`);
  await expect(candidate.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(candidate.page.getByText("with your coach")).toBeVisible();
  await expect(candidate.page.getByRole("region", { name: "Coach review" })).toHaveCount(0);
  await expect(candidate.page.getByText("Held until publishing")).toHaveCount(0);
  const before = await trpcQuery<{ kind: string; data: { answerId?: string } }[]>(
    candidate.page,
    "notifications.list",
    undefined,
  );
  expect(before.filter((n) => n.data.answerId === answerId)).toEqual([]);

  // The coach publishes from the set page.
  await coach.page.goto(setUrl);
  const ready = coach.page.getByTestId("publish-reviews");
  await expect(ready.getByRole("heading")).toHaveText("1 review ready to publish");
  const publish = ready.getByRole("button", { name: "Publish reviews" });
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(ready.getByTestId("publish-status")).toHaveText(/Published 1 review/);
  await expect(ready.getByRole("heading")).toHaveText("No reviews waiting to be published");

  // Now the candidate reads it, and the bell says so.
  await candidate.page.reload();
  await expect(candidate.page.getByText("reviewed by your coach")).toBeVisible();
  await expect(candidate.page.getByRole("region", { name: "Coach review" })).toContainText(
    "Held until publishing: lead with the symptom.",
  );
  const bell = candidate.page.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ });
  await bell.click();
  await expect(
    candidate.page.getByRole("menuitem", { name: new RegExp(`reviewed “${title}”`) }),
  ).toBeVisible();

  await markJourneyRead(candidate.page, tag);
  await coach.context.close();
  await candidate.context.close();
});
