import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { freshCandidate } from "../support/fresh-account";
import { LoginPage } from "../support/login-page";

async function signedInContext(
  browser: import("@playwright/test").Browser,
  account: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await page.waitForURL("**/practice");
  return { context, page };
}

async function isSignedIn(context: BrowserContext): Promise<boolean> {
  const response = await context.request.get("/api/trpc/me.get");
  return response.ok();
}

test.describe("sessions end on the server", () => {
  // Several browsers, a new account and argon2 hashing per sign-in: slow on a busy machine.
  test.slow();
  test("signing out ends the session: a cookie copied before is refused", async ({ browser }) => {
    const account = await freshCandidate(browser);
    const { context, page } = await signedInContext(browser, account);
    const copied = await context.cookies();
    await page.getByRole("button", { name: /account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL("**/login");

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    expect(await isSignedIn(thief)).toBe(false);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/practice");
    // The cookie still decodes, so the proxy lets the page start; the page itself refuses it.
    await expect(thiefPage).toHaveURL(/\/login/);
    await thief.close();
    await context.close();
  });

  test("changing the password keeps this browser signed in and signs every other one out", async ({
    browser,
  }) => {
    const account = await freshCandidate(browser);
    const here = await signedInContext(browser, account);
    const elsewhere = await signedInContext(browser, account);

    await here.page.getByRole("button", { name: /account menu/ }).click();
    await here.page.getByRole("menuitem", { name: "Account and security" }).click();
    await expect(here.page.getByRole("heading", { name: "Account and security" })).toBeVisible();
    const form = here.page.locator("form", { has: here.page.getByLabel("Current password") });
    await form.getByLabel("Current password").fill(account.password);
    await form.getByLabel("New password", { exact: true }).fill("aaaaaaaaaa");
    await form.getByLabel("New password again").fill("aaaaaaaaaa");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText(/too easy to guess/)).toBeVisible();
    expect(await isSignedIn(elsewhere.context)).toBe(true);

    const strong = "copper meadow whistles at dawn";
    await form.getByLabel("New password", { exact: true }).fill(strong);
    await form.getByLabel("New password again").fill(strong);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText(/Password changed\. 1 other session was/);
    expect(await isSignedIn(here.context)).toBe(true);
    expect(await isSignedIn(elsewhere.context)).toBe(false);

    // The new password works; the old one does not.
    const check = await browser.newContext();
    const login = new LoginPage(await check.newPage());
    await login.goto();
    await login.signIn(account.email, account.password);
    await expect(login.errorMessage()).toHaveText(/don't match/);
    await check.close();
    await here.context.close();
    await elsewhere.context.close();
  });

  test("signing out everywhere ends every session, this one included", async ({ browser }) => {
    const account = await freshCandidate(browser);
    const here = await signedInContext(browser, account);
    const elsewhere = await signedInContext(browser, account);
    await here.page.goto("/account");
    await here.page.getByRole("button", { name: "Sign out everywhere" }).click();
    await here.page.waitForURL(/\/login/);
    expect(await isSignedIn(here.context)).toBe(false);
    expect(await isSignedIn(elsewhere.context)).toBe(false);
    await elsewhere.page.reload();
    await expect(elsewhere.page).toHaveURL(/\/login/);
    await here.context.close();
    await elsewhere.context.close();
  });
});

test.describe("practice in two organisations' cohorts", () => {
  test.slow();
  test("a candidate in two cohorts chooses which one a free-practice answer goes to", async ({
    browser,
  }) => {
    const account = await freshCandidate(browser, { cohorts: 2 });
    const { context, page } = await signedInContext(browser, account);
    const list = await context.request.get(
      `/api/trpc/questions.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    );
    // The shared bank is listed first, before any cohort's own questions.
    const [shared] = ((await list.json()) as { result: { data: { json: { id: string }[] } } })
      .result.data.json;
    if (!shared) throw new Error("no bank question");
    await page.goto(`/practice/questions/${shared.id}`);
    await page
      .getByLabel("Your answer")
      .fill(
        "I led the migration of our billing service to Postgres. I planned the cut-over and measured the error rate before and after.",
      );
    const chooser = page.getByLabel("Which cohort is this answer for?");
    await expect(chooser).toBeVisible();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(
      page.getByText("Choose which cohort this answer is for before submitting."),
    ).toBeVisible();
    await chooser.selectOption({ index: 2 });
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.waitForURL(/\/practice\/answers\//);
    await context.close();
  });
});

test.describe("the content security policy", () => {
  test("pages run with a fresh nonce and no violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const first = await page.goto("/login");
    const second = await page.request.get("/login");
    const policy = first?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(second.headers()["content-security-policy"]).not.toBe(policy);
    // The form works, so the app's scripts ran under the policy.
    await page.getByRole("button", { name: /^Use candidate@/ }).click();
    await expect(page.getByLabel("Email")).not.toHaveValue("");
    expect(violations).toEqual([]);
  });
});
