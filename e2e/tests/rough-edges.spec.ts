import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { storageStatePath } from "../support/accounts";
import { uniqueTag } from "../support/coach";
import { expectNoSeriousViolations, leadCohort, MembersPage } from "../support/lead";
import { trpcQuery } from "../support/practice";

// The small things that break trust: dead ends, clipped menus, bare error pages, noisy focus.

const expect = baseExpect.configure({ timeout: 30_000 });

test.describe("as the candidate", () => {
  test.use({ storageState: storageStatePath("candidate") });

  test("a missing or foreign answer, and an unknown address, get a friendly page with a way back", async ({
    page,
  }) => {
    for (const path of [`/practice/answers/${randomUUID()}`, "/practice/answers/not-an-id"]) {
      await page.goto(path);
      await expect(
        page.getByRole("heading", { level: 1, name: "We couldn't find that page" }),
      ).toBeVisible();
      // Still inside the app: the role's navigation is there.
      await expect(page.getByRole("navigation", { name: "Candidate navigation" })).toBeVisible();
      await expectNoSeriousViolations(page);
    }
    await page.getByRole("link", { name: "Back to your home page" }).click();
    await page.waitForURL("**/practice");

    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "We couldn't find that page" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Back to Debrief" }).click();
    await page.waitForURL("**/practice");
  });

  test("a not-allowed page, the settings page and the local mail page pass axe", async ({
    page,
  }) => {
    for (const path of ["/lead", "/settings/notifications", "/dev/mail"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    }
  });

  test("has a favicon", async ({ page }) => {
    await page.goto("/practice");
    const href = await page.locator("link[rel~='icon']").first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await page.request.get(href ?? "");
    expect(icon.ok()).toBe(true);
    expect(icon.headers()["content-type"]).toContain("image/");
  });
});

test.describe("as the coach", () => {
  test.use({ storageState: storageStatePath("coach") });

  test("on a 390 px phone every navigation item is on screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/coach");
    const nav = page.getByRole("navigation", { name: "Coach navigation" });
    const links = nav.getByRole("link");
    await expect(links).toHaveCount(5);
    for (const link of await links.all()) {
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  test("the answer's highlights are one Tab stop, walked with the arrow keys", async ({ page }) => {
    const queue = await trpcQuery<{ items: { answerId: string }[] }>(page, "reviews.queue", {
      status: "to_review",
      limit: 50,
    });
    const target = queue.items.at(-2) ?? queue.items.at(-1);
    await page.goto(`/coach/review/${target?.answerId}`);
    const answer = page.getByRole("region", { name: "Answer being graded" });
    const marks = answer.locator("mark");
    const count = await marks.count();
    test.skip(count < 2, "this seeded answer has fewer than two highlights");
    await expect(answer.locator("mark[tabindex='0']")).toHaveCount(1);
    await marks.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(marks.nth(1)).toBeFocused();
    await expect(marks.nth(1)).toHaveAttribute("tabindex", "0");
    await expect(answer.locator("mark[tabindex='0']")).toHaveCount(1);
    // Tab leaves the answer at once, whatever the number of highlights.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("MARK");
  });
});

test.describe("as the lead", () => {
  test.use({ storageState: storageStatePath("lead") });

  test("after a revoke the panel no longer offers the dead link", async ({ page }) => {
    const { cohortId } = await leadCohort(page);
    const members = new MembersPage(page);
    await members.goto(cohortId);
    const email = `revoked-${uniqueTag()}@example.com`;
    await members.invite(email, "Candidate");
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    await members
      .invitationRow(email)
      .getByRole("button", { name: /revoke/i })
      .click();
    await expect(members.invitationRow(email)).toContainText("Revoked");
    await expect(page.getByTestId("created-invitation")).toContainText("no longer works");
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });
});

test("the sign-in and forgot-password pages pass axe", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const path of ["/login", "/forgot-password", `/reset-password/${"x".repeat(43)}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
  await context.close();
});
