import { randomUUID } from "node:crypto";
import { expect as baseExpect, type Page, test } from "@playwright/test";
import { demoAccounts, signedIn } from "../support/accounts";
import { GradingPage, SetsPage, trpcMutation, uniqueTag } from "../support/coach";
import { linkIn, waitForMail } from "../support/mail";
import { springCohortId } from "../support/set-grading";
import { trpcQuery } from "../support/practice";

// The coaching loop between people: assignment, answer, review, reply — in the app, in the
// bell and by email (read back from the local mail folder).

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

const candidateEmail = demoAccounts.candidate.email;
const coachEmail = demoAccounts.coach.email;
const candidateName = "Alex Moreno";

const answerText =
  "Last spring our checkout API started timing out for about 8% of requests every evening. " +
  "I owned the investigation. I pulled the p99 latency dashboards and saw it jump from 180 ms to " +
  "2.4 s when the nightly batch job ran. I compared slow query logs and found a missing index on " +
  "the orders table, which the batch job scanned with a sequential read. I added a composite " +
  "index, tested it on a staging copy with production volume, and rolled it out behind a flag. " +
  "Timeouts dropped to zero and p99 went back to 190 ms. I added an alert on sequential scans " +
  "and a query review step to our migration checklist. Next time I would check the batch " +
  "schedule first, because the timing pattern pointed there from day one.";

/** A question of the coach's own in the spring cohort, so no other spec shares it. */
async function ownQuestion(page: Page, title: string): Promise<string> {
  const cohortId = await springCohortId(page);
  const created = await trpcMutation<{ id: string }>(page, "questions.create", {
    cohortId,
    kind: "debugging",
    title,
    prompt: "Tell me about a production problem you diagnosed and fixed.",
    guidance: "",
    exampleAnswer: "",
  });
  return created.id;
}

function submit(page: Page, questionId: string, body: string, assignmentId?: string) {
  return trpcMutation<{ answerId: string; attempt: number }>(page, "answers.submit", {
    questionId,
    body,
    idempotencyKey: randomUUID(),
    ...(assignmentId ? { assignmentId } : {}),
  });
}

test("assigned, answered, graded from the keyboard, read and discussed — each side told in the app and by email", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const tag = uniqueTag();
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");
  const since = new Date();
  const title = `Evening timeouts ${tag}`;
  const questionId = await ownQuestion(coach.page, title);

  // The coach builds a set and assigns it; a due date in the past is refused in words.
  const sets = new SetsPage(coach.page);
  await sets.goto();
  const setTitle = `Loop week ${tag}`;
  const set = await sets.create(setTitle, "One debugging story.");
  await set.addQuestion(title);
  const assignForm = coach.page.getByRole("form", { name: "Assign" });
  await assignForm.getByRole("checkbox", { name: new RegExp(candidateName) }).check();
  await assignForm.getByLabel("Due date").fill("2020-01-01");
  await assignForm.getByRole("button", { name: "Assign set" }).click();
  await expect(assignForm.getByRole("alert")).toHaveText(
    "That due date has already passed. Pick today or a later day.",
  );
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await assignForm.getByLabel("Due date").fill(nextWeek);
  await set.assignTo(candidateName);

  // The candidate is told in the bell and by email; the email's link is on the address the app
  // was reached at (127.0.0.1 here, never localhost).
  const assignedMail = await waitForMail(
    candidateEmail,
    new RegExp(`New practice set: ${setTitle}`),
    {
      since,
    },
  );
  const origin = new URL(coach.page.url()).origin;
  expect(linkIn(assignedMail, /\/practice$/)).toBe(`${origin}/practice`);
  await candidate.page.goto("/practice");
  const bell = candidate.page.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ });
  await bell.click();
  await expect(
    candidate.page.getByRole("menuitem", { name: new RegExp(`assigned “${setTitle}”`) }),
  ).toBeVisible();
  await candidate.page.keyboard.press("Escape");

  // The candidate answers it; the assigning coach hears about it (bell, then an email after the
  // digest window).
  const assignments = await trpcQuery<{ id: string; set: { title: string } }[]>(
    candidate.page,
    "assignments.mine",
    undefined,
  );
  const assignment = assignments.find((a) => a.set.title === setTitle);
  expect(assignment, "the new assignment").toBeTruthy();
  const { answerId } = await submit(candidate.page, questionId, answerText, assignment?.id);
  const newAnswerMail = await waitForMail(coachEmail, /New answer to review from Alex Moreno/, {
    since,
  });
  expect(linkIn(newAnswerMail, /\/coach\/review\//)).toBe(`${origin}/coach/review/${answerId}`);
  await coach.page.goto("/coach/queue");
  const coachBell = coach.page.getByRole("button", { name: /^Notifications, [1-9]\d* unread$/ });
  await coachBell.click();
  await coach.page
    .getByRole("menuitem", { name: new RegExp(`Alex Moreno answered “${title}”`) })
    .first()
    .click();
  await coach.page.waitForURL(`**/coach/review/${answerId}`);

  // Grading from the keyboard: G jumps to the first score, a number key scores the focused
  // dimension and moves on, a changed score asks for its reason.
  const grading = new GradingPage(coach.page);
  await grading.selectInAnswer("added a composite index");
  await grading.addComment("Why this index and not another?");
  await coach.page.locator("body").click({ position: { x: 5, y: 5 } });
  await coach.page.keyboard.press("g");
  const structure = coach.page.getByRole("radiogroup", { name: "Structure" });
  await expect(structure.getByRole("radio", { checked: true })).toBeFocused();
  const engineStructure = await grading.engineScore("Structure");
  await coach.page.keyboard.press(String(engineStructure)); // accept: on to the next dimension
  await expect(
    coach.page.getByRole("radiogroup", { name: "Ownership" }).getByRole("radio", { checked: true }),
  ).toBeFocused();
  const engineOwnership = await grading.engineScore("Ownership");
  const coachOwnership = engineOwnership >= 2 ? engineOwnership - 1 : engineOwnership + 1;
  await coach.page.keyboard.press(String(coachOwnership));
  await expect(grading.reason("Ownership")).toBeFocused();
  const reason = "You say “I owned” but the fix reads as the team’s; name your part.";
  await coach.page.keyboard.type(reason);
  await coach.page.getByLabel("Overall comment").fill("Clear spine. Lead with the symptom.");
  await coach.page.keyboard.press("Control+Enter");

  // A confirmation, with a way back to the review just submitted.
  const done = coach.page.getByRole("dialog", { name: "Review submitted" });
  await expect(done).toContainText("Alex Moreno can read it now");
  await done.getByRole("button", { name: "Back to this review" }).click();
  await expect(done).toBeHidden();
  await expect(coach.page).toHaveURL(new RegExp(`/coach/review/${answerId}$`));
  await expect(coach.page.getByRole("button", { name: "Update review" })).toBeVisible();

  // The candidate's email leads to the review: per dimension the engine's score, the coach's and
  // the coach's reason; the overall comment; the anchored comment.
  const reviewedMail = await waitForMail(candidateEmail, new RegExp(`reviewed “${title}”`), {
    since,
  });
  await candidate.page.goto(linkIn(reviewedMail, /\/practice\/answers\//));
  const review = candidate.page.getByRole("region", { name: "Coach review" });
  const ownershipRow = review.getByRole("row", { name: /^Ownership/ });
  await expect(ownershipRow).toContainText(reason);
  await expect(ownershipRow.getByRole("cell").nth(0)).toHaveText(String(engineOwnership));
  await expect(ownershipRow.getByRole("cell").nth(1)).toContainText(String(coachOwnership));
  await expect(review.getByRole("row", { name: /^Structure/ })).toContainText(
    "Agrees with the automatic score.",
  );
  await expect(review).toContainText("Clear spine. Lead with the symptom.");
  await expect(review).toContainText("Why this index and not another?");

  // The candidate replies under the comment; the coach sees it waiting in the queue and by email.
  await review
    .getByRole("button", { name: /^Reply to the comment on “added a composite index”/ })
    .click();
  await candidate.page
    .getByLabel(/^Reply to the comment on/)
    .fill("The plan showed a sequential scan on created_at.");
  await candidate.page.getByRole("button", { name: "Send reply" }).click();
  await expect(review).toContainText("The plan showed a sequential scan on created_at.");

  const replyMail = await waitForMail(coachEmail, /Alex Moreno replied on/, { since });
  expect(linkIn(replyMail, /\/coach\/review\//)).toContain(`/coach/review/${answerId}`);
  await coach.page.goto("/coach/queue");
  const waiting = coach.page.getByRole("region", { name: /Replies waiting for you/ });
  await waiting.getByRole("link", { name: new RegExp(title) }).click();
  await coach.page.waitForURL(`**/coach/review/${answerId}#threads`);
  const threads = coach.page.getByRole("region", { name: "Conversation with Alex Moreno" });
  await expect(threads).toContainText("The plan showed a sequential scan on created_at.");
  await threads.getByRole("button", { name: /^Reply to your comment on/ }).click();
  await coach.page.getByLabel(/^Reply to your comment on/).fill("Good: open with that.");
  await coach.page.getByRole("button", { name: "Send reply" }).click();
  await expect(threads).toContainText("Good: open with that.");

  // And the candidate hears back.
  await waitForMail(candidateEmail, new RegExp(`Marcus Oyelaran replied on “${title}”`), { since });
  await candidate.page.reload();
  await expect(candidate.page.getByRole("region", { name: "Coach review" })).toContainText(
    "Good: open with that.",
  );

  await coach.context.close();
  await candidate.context.close();
});

test("only the latest attempt waits for review; an older one says so and links to the newest", async ({
  browser,
}) => {
  const tag = uniqueTag();
  const coach = await signedIn(browser, "coach");
  const candidate = await signedIn(browser, "candidate");
  const title = `Flaky deploys ${tag}`;
  const questionId = await ownQuestion(coach.page, title);

  const first = await submit(candidate.page, questionId, answerText);
  const second = await submit(candidate.page, questionId, `${answerText} I also wrote it up.`);
  expect(second.attempt).toBe(2);

  // The queue (and its counts) hold attempt 2 only.
  await coach.page.goto(`/coach/queue`);
  const rows = coach.page.getByRole("list", { name: "Review queue" }).getByRole("link");
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows.filter({ hasText: title })).toHaveAttribute(
    "href",
    `/coach/review/${second.answerId}`,
  );

  // Opening attempt 1 (an old link, say) explains, links to attempt 2, and cannot be graded.
  await coach.page.goto(`/coach/review/${first.answerId}`);
  const notice = coach.page.getByTestId("newer-attempt");
  await expect(notice).toContainText("Attempt 2 replaced this one");
  await expect(coach.page.getByRole("button", { name: "Submit review" })).toBeDisabled();
  await expect(
    coach.page.getByRole("radiogroup", { name: "Structure" }).getByRole("radio").first(),
  ).toBeDisabled();
  await notice.getByRole("link", { name: "Open attempt 2" }).click();
  await coach.page.waitForURL(`**/coach/review/${second.answerId}`);
  await expect(coach.page.getByRole("button", { name: "Submit review" })).toBeEnabled();

  // The candidate still has attempt 1 in their history, marked as replaced.
  await candidate.page.goto(`/practice/answers/${first.answerId}`);
  await expect(candidate.page.getByText(/replaced by a later attempt before review/)).toBeVisible();

  await coach.context.close();
  await candidate.context.close();
});

test("notification settings: every role has the bell, and switching an email off is kept", async ({
  browser,
}) => {
  for (const role of ["lead", "coach"] as const) {
    const { context, page } = await signedIn(browser, role);
    await page.goto(demoAccounts[role].home);
    await expect(page.getByRole("button", { name: /^Notifications, / })).toBeVisible();
    await context.close();
  }
  // A kind no other spec relies on, since specs share the demo candidate.
  const { context, page } = await signedIn(browser, "candidate");
  await page.goto("/practice");
  await page.getByRole("button", { name: /^Notifications, / }).click();
  await page.getByRole("menuitem", { name: "Notification settings" }).click();
  await page.waitForURL("**/settings/notifications");
  const replyEmail = page.getByRole("checkbox", { name: "Due tomorrow: by email" });
  await expect(replyEmail).toBeChecked();
  await replyEmail.uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(replyEmail).not.toBeChecked();
  await replyEmail.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await context.close();
});
