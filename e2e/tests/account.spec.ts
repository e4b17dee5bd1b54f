import { expect as baseExpect, test } from "@playwright/test";
import { storageStatePath } from "../support/accounts";
import { trpcMutation, uniqueTag } from "../support/coach";
import { freshCandidate } from "../support/fresh-account";
import { InvitationPage } from "../support/lead";
import { LoginPage } from "../support/login-page";
import { linkIn, mailTo, waitForInvitationLink, waitForMail } from "../support/mail";

const expect = baseExpect.configure({ timeout: 30_000 });

test("forgot password: the email's link sets a new password once; unknown addresses get the same answer", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // A fresh account of its own (invited by the demo lead), so no other spec's sign-in changes.
  const lead = await browser.newContext({ storageState: storageStatePath("lead") });
  const leadPage = await lead.newPage();
  const me = await (await leadPage.request.get("/api/trpc/me.get")).json();
  const cohortId = (
    me as { result: { data: { json: { memberships: { cohortId: string; role: string }[] } } } }
  ).result.data.json.memberships.find((m) => m.role === "lead")?.cohortId;
  const email = `reset-${uniqueTag()}@example.test`;
  const invitation = await trpcMutation<{ url: string }>(leadPage, "invitations.create", {
    cohortId,
    email,
    role: "candidate",
  });
  await lead.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  const invite = new InvitationPage(page);
  // The invitee follows the emailed link (the copied one cannot make an account).
  const token = new URL(invitation.url).pathname.split("/").at(-1) ?? "";
  await invite.goto(await waitForInvitationLink(email, token));
  await invite.acceptAsNewUser("Robin Reset", "the-first-password");
  await page.waitForURL("**/practice");
  // A first visit is welcomed with a short guide to the role, never "Welcome back"; put away,
  // it stays away.
  const guide = page.getByRole("region", { name: "Welcome to Debrief, Robin" });
  await expect(guide).toContainText("How practice works");
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
  await guide.getByRole("button", { name: "Got it" }).click();
  await expect(guide).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(guide).toHaveCount(0);
  await context.clearCookies();

  // From the sign-in page: "Forgot your password?"
  const login = new LoginPage(page);
  await login.goto();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.waitForURL("**/forgot-password");
  const since = new Date();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  const sent = page.getByRole("status").filter({ hasText: /has a Debrief account/ });
  await expect(sent).toContainText(`If ${email} has a Debrief account`);
  const answer = await sent.textContent();

  // An address with no account gets the very same answer, and no mail.
  const stranger = `nobody-${uniqueTag()}@example.test`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(stranger);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /has a Debrief account/ })).toHaveText(
    answer?.replace(email, stranger) ?? "",
  );

  const mail = await waitForMail(email, /Reset your Debrief password/, { since });
  const link = linkIn(mail, /\/reset-password\//);
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "Choose a new password" }),
  ).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("the-second-password");
  await page.getByLabel("New password again").fill("the-second-password!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The two passwords are different" }),
  ).toBeVisible();
  await page.getByLabel("New password again").fill("the-second-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your password is changed" }),
  ).toBeVisible();

  // The old password no longer works, the new one does, and the link is spent.
  await page.getByRole("link", { name: "Sign in" }).click();
  await login.signIn(email, "the-first-password");
  await expect(login.errorMessage()).toBeVisible();
  await login.signIn(email, "the-second-password");
  await page.waitForURL("**/practice");
  await page.goto(link);
  await expect(
    page.getByRole("heading", { level: 1, name: "This link no longer works" }),
  ).toBeVisible();
  expect(await mailTo(stranger)).toEqual([]);
  await context.close();
});

test("the top bar: someone with two roles switches between them; its menus open from the keyboard", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A candidate in one of the lead's cohorts and a coach in another.
  const account = await freshCandidate(browser, { roles: ["candidate", "coach"] });
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  // Several roles land on the widest view.
  await page.waitForURL("**/coach");
  await expect(page.getByRole("navigation", { name: "Coach navigation" })).toBeVisible();

  // The role menu loads on first open; from the keyboard, focus lands on its first item.
  const roleButton = page.getByRole("button", { name: /Role:\s*Coach.*switch role/ });
  await roleButton.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: /switch role/ });
  await expect(menu.getByRole("menuitem", { name: "Candidate" })).toBeFocused();
  await expect(menu.getByRole("menuitem", { name: "Coach" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(roleButton).toBeFocused();
  await roleButton.click();
  await page.getByRole("menuitem", { name: "Candidate" }).click();
  await page.waitForURL("**/practice");
  await expect(page.getByRole("navigation", { name: "Candidate navigation" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Role:\s*Candidate.*switch role/ })).toBeVisible();

  // The account menu: opened from the keyboard, it names the person; a press outside closes it.
  const accountButton = page.getByRole("button", {
    name: new RegExp(`${account.name}.*account menu`),
  });
  await accountButton.focus();
  await page.keyboard.press("ArrowDown");
  const accountMenu = page.getByRole("menu", { name: /account menu/ });
  await expect(accountMenu).toContainText(account.email);
  await expect(accountMenu.getByRole("menuitem", { name: "Account and security" })).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(accountMenu).toBeHidden();

  // The bell: its list is read when it opens.
  await page.getByRole("button", { name: /^Notifications, / }).click();
  const bell = page.getByRole("menu", { name: /^Notifications/ });
  await expect(bell.getByRole("menuitem", { name: "Notification settings" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(bell).toBeHidden();
  await context.close();
});
