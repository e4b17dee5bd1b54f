import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/accounts";
import { trpcQuery } from "../support/practice";

// Temporary: screenshots of the grade-by-question pages (not committed).
const out = "/tmp/gbq-screens";

for (const [label, width, height] of [
  ["desktop", 1366, 900],
  ["phone", 390, 844],
] as const) {
  test(`screens ${label}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({
      storageState: storageStatePath("coach"),
      viewport: { width, height },
    });
    const page = await context.newPage();
    await page.goto("/coach");
    const sets = await trpcQuery<{ id: string; title: string; assignedCount: number; itemCount: number }[]>(
      page,
      "questionSets.list",
      {},
    );
    const set =
      sets.find((s) => s.assignedCount > 1 && s.itemCount > 0 && !s.title.startsWith("Debugging round")) ??
      sets[0];
    if (!set) throw new Error("no set");
    await page.goto(`/coach/sets/${set.id}`);
    const grading = page.getByRole("region", { name: "Grade by question" });
    await expect(grading).toBeVisible({ timeout: 30_000 });
    await grading.scrollIntoViewIfNeeded();
    await grading.screenshot({ path: `${out}/${label}-1-set.png` });
    await grading.getByRole("link").first().click();
    await page.waitForURL(/\/questions\//);
    await expect(page.getByTestId("question-progress")).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${out}/${label}-2-question.png`, fullPage: true });
    await page.getByTestId("start-grading").click();
    await expect(page.getByTestId("grade-by-question-bar")).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${out}/${label}-3-review.png`, fullPage: false });
    await context.close();
  });
}
