import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/accounts";
import { AnswerEditorPage, trpcQuery } from "../support/practice";

test.use({ storageState: storageStatePath("candidate") });

interface QuestionStats {
  id: string;
  title: string;
  attemptCount: number;
  latestOverall: number | null;
  bestOverall: number | null;
}

// Issue 10 item 4: text that is not an answer is stored as such, shown as "Not scored" with the
// engine's reason, and left out of every figure.
const spanish =
  "El año pasado tuvimos un problema en producción con la base de datos. Primero revisé los " +
  "registros y encontré que las consultas eran muy lentas porque faltaba un índice.";
const reason = "This looks like Spanish; Debrief scores English answers for now.";

test("submitting text that is not an answer stores it as Not scored, with the reason, and changes no score", async ({
  page,
}) => {
  const before = await trpcQuery<QuestionStats[]>(page, "questions.list", {});
  // A question this candidate has not tried yet (the last, so other journeys keep the first ones).
  const question = [...before].reverse().find((q) => q.attemptCount === 0);
  if (!question) throw new Error("every question already has an attempt");

  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  await editor.write(spanish);
  // The live preview already says why there is no score ...
  await expect(page.getByRole("status").filter({ hasText: reason })).toBeVisible({
    timeout: 30_000,
  });

  // ... and submitting stores the attempt and opens it, without a number.
  await editor.submit.click();
  await page.waitForURL(/\/practice\/answers\/[0-9a-f-]{36}$/);
  const notScored = page.getByTestId("not-scored");
  await expect(notScored.getByRole("heading", { name: "Not scored" })).toBeVisible();
  await expect(notScored).toContainText(reason);
  await expect(page.getByRole("meter", { name: "Overall" })).toHaveCount(0);

  // The history says "Not scored" too.
  await page.getByRole("link", { name: "All attempts" }).click();
  await page.waitForURL(/\/attempts$/);
  await expect(page.getByRole("row", { name: /Attempt 1/ })).toContainText("Not scored");

  // Every score the candidate sees is what it was; the new attempt has none.
  const after = await trpcQuery<QuestionStats[]>(page, "questions.list", {});
  const scoresOf = (rows: QuestionStats[]) =>
    rows.map(({ id, latestOverall, bestOverall }) => ({ id, latestOverall, bestOverall }));
  expect(scoresOf(after)).toEqual(scoresOf(before));
  expect(after.find((q) => q.id === question.id)).toMatchObject({
    attemptCount: 1,
    latestOverall: null,
    bestOverall: null,
  });
  // On the practice home, the recent attempt reads "Not scored".
  await page.goto("/practice");
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: question.title, exact: true }) })
      .filter({ hasText: "Not scored" }),
  ).toHaveCount(1);
});
