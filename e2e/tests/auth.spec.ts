import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, type DemoRole, demoAccounts, storageStatePath } from "../support/accounts";
import { LoginPage } from "../support/login-page";

test.describe("signing in", () => {
  for (const role of Object.keys(demoAccounts) as DemoRole[]) {
    test(`the demo ${role} lands on their home`, async ({ page }) => {
      const account = demoAccounts[role];
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(account.email, DEMO_PASSWORD);
      await page.waitForURL(`**${account.home}`);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
      // The home shows who is signed in, in which role, and their cohorts from the database.
      await expect(page.getByTestId("viewer-name")).not.toBeEmpty();
      await expect(page.getByTestId("viewer-role")).toContainText(account.heading);
      await expect(page.getByTestId("cohort-list").getByRole("listitem").first()).toBeVisible();
    });
  }

  test("a wrong password gets one clear message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(demoAccounts.candidate.email, "not-the-password");
    await expect(login.errorMessage()).toHaveText(/email and password don't match/i);
    await expect(page).toHaveURL(/\/login/);

    // An unknown email gets exactly the same message: sign-in never reveals who has an account.
    await login.signIn("nobody@demo.debrief.dev", "whatever-it-is");
    await expect(login.errorMessage()).toHaveText(/email and password don't match/i);
  });

  test("a signed-out visit to /coach goes to /login and back after sign-in", async ({ page }) => {
    await page.goto("/coach");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcoach/);
    await new LoginPage(page).signIn(demoAccounts.coach.email, DEMO_PASSWORD);
    await page.waitForURL("**/coach");
  });
});

test.describe("as the demo candidate", () => {
  test.use({ storageState: storageStatePath("candidate") });

  test("calling a coach procedure is FORBIDDEN", async ({ page }) => {
    const me = await page.request.get("/api/trpc/me.get");
    expect(me.ok()).toBe(true);
    const body = (await me.json()) as {
      result: { data: { json: { memberships: { cohortId: string }[] } } };
    };
    const cohortId = body.result.data.json.memberships[0]?.cohortId;
    expect(cohortId).toBeTruthy();

    const input = encodeURIComponent(JSON.stringify({ json: { cohortId } }));
    const response = await page.request.get(`/api/trpc/cohorts.members?input=${input}`);
    expect(response.status()).toBe(403);
    const error = (await response.json()) as { error: { json: { data: { code: string } } } };
    expect(error.error.json.data.code).toBe("FORBIDDEN");
  });

  test("a coach page tells the candidate it is not for them, with the way to their own home", async ({
    page,
  }) => {
    await page.goto("/coach");
    await expect(
      page.getByRole("heading", { level: 1, name: "This page isn't available to you" }),
    ).toBeVisible();
    await expect(page.getByText(/It is for coaches/)).toBeVisible();
    await page.getByRole("link", { name: "Go to your practice" }).click();
    await expect(page).toHaveURL(/\/practice$/);
  });
});

test("signing out ends the session", async ({ browser }) => {
  // A session of its own: signing out must not invalidate the shared candidate state.
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccounts.lead.email, DEMO_PASSWORD);
  await page.waitForURL("**/lead");
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
  await page.goto("/lead");
  await expect(page).toHaveURL(/\/login/);
  const me = await page.request.get("/api/trpc/me.get");
  expect(me.status()).toBe(401);
  await context.close();
});
