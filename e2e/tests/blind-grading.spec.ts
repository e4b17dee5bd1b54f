import { expect as baseExpect, test } from "@playwright/test";
import { signedIn } from "../support/accounts";
import { QueuePage, uniqueTag } from "../support/coach";
import { trpcQuery } from "../support/practice";
import {
  answerAssigned,
  assignedSet,
  candidateName,
  markJourneyRead,
  saveGrading,
  springCohortId,
} from "../support/set-grading";

// Blind grading: while a set's review is unpublished, the coach sees a pseudonym — in the
// queue, the grading panel and the bell — and nothing that identifies the candidate.

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

const pseudonym = /Candidate [0-9A-F]{5}/;

test("a blind set shows the coach a pseudonym and no link until its reviews are published", async ({
  browser,
}) => {
  const tag = uniqueTag();
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");

  const { title, setTitle, setUrl } = await assignedSet(coach.page, tag, "Blind timeouts");
  await saveGrading(coach.page, { hold: true, blind: true });
  await expect(coach.page.getByText("Blind", { exact: true }).first()).toBeVisible();
  const answerId = await answerAssigned(candidate.page, setTitle, title);

  // The queue: the pseudonym and a Blind badge; filtering by the candidate does not find it.
  const queue = new QueuePage(coach.page);
  const cohortId = await springCohortId(coach.page);
  await queue.goto(`?cohort=${cohortId}&kind=debugging`);
  const row = queue.rows().filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(pseudonym);
  await expect(row).toContainText("Blind");
  await expect(row).not.toContainText(candidateName);
  const members = await trpcQuery<{ userId: string; name: string }[]>(
    coach.page,
    "cohorts.members",
    { cohortId },
  );
  const candidateId = members.find((m) => m.name === candidateName)?.userId;
  await queue.goto(`?candidate=${candidateId}&kind=debugging`);
  await expect(queue.rows().filter({ hasText: title })).toHaveCount(0);

  // The bell names the pseudonym, not the candidate.
  const notes = await trpcQuery<
    { kind: string; data: { answerId?: string; candidateName?: string } }[]
  >(coach.page, "notifications.list", undefined);
  const submitted = notes.find(
    (n) => n.kind === "answer_submitted" && n.data.answerId === answerId,
  );
  expect(submitted?.data.candidateName).toMatch(pseudonym);

  // The grading panel: the pseudonym in the heading, a note, no name and no member link.
  await coach.page.goto(`/coach/review/${answerId}`);
  const heading = coach.page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(pseudonym);
  await expect(coach.page.getByTestId("blind-note")).toBeVisible();
  const main = coach.page.getByRole("main");
  await expect(main).not.toContainText(candidateName);
  await expect(main.locator(`a[href*="${candidateId}"]`)).toHaveCount(0);
  await expect(main.locator('a[href*="/candidates/"]')).toHaveCount(0);

  // Graded and published: the name shows.
  const submit = coach.page.getByRole("button", { name: "Submit review" });
  await expect(submit).toBeEnabled();
  await coach.page.getByLabel("Overall comment").fill("Graded blind.");
  await submit.click();
  const done = coach.page.getByRole("dialog", { name: "Review submitted" });
  await expect(done).toContainText(pseudonym);
  await expect(done).not.toContainText(candidateName);
  await coach.page.goto(setUrl);
  const ready = coach.page.getByTestId("publish-reviews");
  await expect(ready.getByRole("heading")).toHaveText("1 review ready to publish");
  const publish = ready.getByRole("button", { name: "Publish reviews" });
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(ready.getByTestId("publish-status")).toHaveText(/Published 1 review/);

  await coach.page.goto(`/coach/review/${answerId}`);
  await expect(coach.page.getByRole("heading", { level: 1 })).toContainText(candidateName);
  await expect(coach.page.getByTestId("blind-note")).toHaveCount(0);

  await markJourneyRead(candidate.page, tag);
  await coach.context.close();
  await candidate.context.close();
});
