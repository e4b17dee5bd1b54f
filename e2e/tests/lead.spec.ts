import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { linkIn, mailTo, waitForMail } from "../support/mail";
import { storageStatePath } from "../support/accounts";
import { uniqueTag } from "../support/coach";
import {
  expectNoSeriousViolations,
  InvitationPage,
  LeadDashboardPage,
  leadCohort,
  MembersPage,
  parseCsv,
} from "../support/lead";

test.use({ storageState: storageStatePath("lead") });

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const daysAgo = (days: number) => isoDay(new Date(Date.now() - days * 24 * 60 * 60 * 1000));

test("the lead opens a cohort's dashboard and filters it by date", async ({ page }) => {
  test.slow();
  const { cohortName } = await leadCohort(page);
  await page.goto("/lead");
  await page.getByRole("link", { name: `Open dashboard: ${cohortName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const dashboard = new LeadDashboardPage(page);

  // With no dates in the URL the dashboard shows (and names) the last 12 weeks.
  await expect(dashboard.from).toHaveValue(daysAgo(83));
  await expect(dashboard.to).toHaveValue(daysAgo(0));
  const candidates = await dashboard.figure("Candidates").textContent();
  expect(Number(candidates)).toBeGreaterThan(0);
  await expect(dashboard.heatMap.getByRole("row")).toHaveCount(Number(candidates) + 1);
  const twelveWeeks = Number.parseInt((await dashboard.answersInRange().textContent()) ?? "", 10);
  expect(twelveWeeks).toBeGreaterThan(0);

  // A preset narrows the range: the URL names it, and no more answers fall inside it.
  await dashboard.choosePreset("Last 4 weeks");
  await expect(page).toHaveURL(new RegExp(`from=${daysAgo(27)}&to=${daysAgo(0)}`));
  await expect(dashboard.from).toHaveValue(daysAgo(27));
  const fourWeeks = Number.parseInt((await dashboard.answersInRange().textContent()) ?? "", 10);
  expect(fourWeeks).toBeLessThanOrEqual(twelveWeeks);
  // The same people are in the cohort whatever the range.
  await expect(dashboard.figure("Candidates")).toHaveText(String(candidates));

  // Dates typed by hand: a month long before the demo history has no answers at all.
  await dashboard.applyDates("2020-01-01", "2020-01-31");
  await expect(dashboard.answersInRange()).toHaveText("0 answers in range");
  await expect(page.getByText("No answers submitted in this range.")).toBeVisible();
  // ...and the range survives a reload, because it lives in the URL.
  await page.reload();
  await expect(dashboard.from).toHaveValue("2020-01-01");
  await expect(dashboard.to).toHaveValue("2020-01-31");
});

test("the heat map sorts by any column and links each score to its evidence", async ({ page }) => {
  const { cohortId } = await leadCohort(page);
  const dashboard = new LeadDashboardPage(page);
  await dashboard.goto(cohortId);

  await dashboard.sortBy("Overall").click();
  await expect(dashboard.columnHeader("Overall")).toHaveAttribute("aria-sort", "ascending");
  await expect(dashboard.columnHeader("Candidate")).toHaveAttribute("aria-sort", "none");
  const overallLinks = dashboard.heatMap.getByRole("link", { name: /, overall: \d+/ });
  const ascending = await overallLinks.evaluateAll((links) =>
    links.map((a) => Number(/overall: (\d+)/.exec(a.getAttribute("aria-label") ?? "")?.[1])),
  );
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await dashboard.sortBy("Overall").click();
  await expect(dashboard.columnHeader("Overall")).toHaveAttribute("aria-sort", "descending");
  const descending = await overallLinks.evaluateAll((links) =>
    links.map((a) => Number(/overall: (\d+)/.exec(a.getAttribute("aria-label") ?? "")?.[1])),
  );
  expect(descending).toEqual([...ascending].reverse());

  await dashboard.sortBy("Specificity").click();
  await expect(dashboard.columnHeader("Specificity")).toHaveAttribute("aria-sort", "ascending");

  // A cell opens the candidate's report at that dimension.
  const cell = dashboard.heatMap.getByRole("link", { name: /, Specificity: \d/ }).first();
  const candidateName = ((await cell.getAttribute("aria-label")) ?? "").split(",")[0] ?? "";
  await cell.click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}\/report#dimension-specificity$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(candidateName);
});

test("the lead exports the selected range as CSV", async ({ page }) => {
  const { cohortId } = await leadCohort(page);
  const dashboard = new LeadDashboardPage(page);
  await dashboard.goto(cohortId, `?from=${daysAgo(83)}&to=${daysAgo(0)}`);
  await expect(dashboard.exportLink).toHaveAttribute(
    "href",
    // The export's range is half-open: it ends at the start of the day after the last one.
    `/api/cohorts/${cohortId}/export.csv?from=${daysAgo(83)}&to=${daysAgo(-1)}`,
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dashboard.exportLink.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const path = await download.path();
  const rows = parseCsv(await readFile(path, "utf8")).filter((row) => row.some((f) => f !== ""));
  const [header, ...data] = rows;
  expect(header).toBeDefined();
  const columns = (header ?? []).map((c) => c.toLowerCase());
  for (const expected of ["candidate", "question", "kind", "attempt", "submitted"]) {
    expect(
      columns.some((c) => c.includes(expected)),
      `a "${expected}" column`,
    ).toBe(true);
  }
  // Engine and coach scores per dimension.
  expect(columns.some((c) => c.includes("engine") && c.includes("structure"))).toBe(true);
  expect(columns.some((c) => c.includes("coach") && c.includes("structure"))).toBe(true);
  expect(data.length).toBeGreaterThan(0);
  for (const row of data) expect(row).toHaveLength(columns.length);
});

test("a coach invited by email accepts, sets a password and lands on /coach", async ({
  page,
  browser,
}) => {
  // Two browsers, a password hash and four page loads: more than the default budget under load.
  test.slow();
  const { cohortId, cohortName } = await leadCohort(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const members = new MembersPage(page);
  await members.goto(cohortId);

  const email = `coach-${uniqueTag()}@example.com`;
  const since = new Date();
  const url = await members.invite(email, "Coach");
  // No SMTP in the test run: the page says the email went to the local mail folder, and the
  // link is there to copy. The link is on the address the lead browses at (127.0.0.1 here).
  await expect(members.emailedStatus()).toContainText(/local mail folder/i);
  expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  const mail = await waitForMail(email, /You're invited to/, { since });
  // The email's link is the copied one plus the proof that only the invited address receives.
  const emailed = linkIn(mail, /\/invite\//);
  expect(emailed.split("?")[0]).toBe(url);
  expect(new URL(emailed).searchParams.get("proof")).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await members.copyLink();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(members.invitationRow(email)).toContainText("Pending");

  // The invitee, in a browser that has never signed in.
  // A context of its own inherits the file's signed-in state unless told otherwise.
  const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const inviteePage = await invitee.newPage();
    const invitation = new InvitationPage(inviteePage);
    await invitation.goto(url);
    await expect(inviteePage.getByTestId("invite-cohort")).toHaveText(cohortName);
    await expect(inviteePage.getByTestId("invite-role")).toHaveText("Coach");
    await expect(inviteePage.getByTestId("invite-email")).toHaveText(email);
    await expectNoSeriousViolations(inviteePage);
    // The copied link makes no account: it sends the invitation to the address again, with the
    // same answer whether or not the address has an account.
    await expect(inviteePage.getByRole("form", { name: "Create your account" })).toHaveCount(0);
    await inviteePage.getByRole("button", { name: "Email me the link" }).click();
    await expect(inviteePage.getByRole("status").filter({ hasText: "emailed" })).toHaveText(
      `We've emailed the invitation to ${email}. Open the link in that email to finish joining.`,
    );
    await expect
      .poll(async () => (await mailTo(email)).map((m) => linkIn(m, /\/invite\//)))
      .toEqual([emailed, emailed]);

    // The emailed link: name and password for the new account.
    await invitation.goto(emailed);
    await expect(inviteePage.getByTestId("invite-email")).toHaveText(email);

    // Mismatched passwords are caught before anything is sent.
    const form = inviteePage.getByRole("form", { name: "Create your account" });
    await form.getByLabel("Your name").fill("Noor Haddad");
    await form.getByLabel("Password", { exact: true }).fill("a-long-passphrase");
    await form.getByLabel("Confirm password").fill("another-passphrase");
    await form.getByRole("button", { name: "Accept and create account" }).click();
    await expect(form.getByText("The two passwords differ.")).toBeVisible();

    await invitation.acceptAsNewUser("Noor Haddad", "a-long-passphrase");
    await inviteePage.waitForURL("**/coach");
    await expect(inviteePage.getByTestId("viewer-name")).toHaveText("Noor Haddad");
    await expect(inviteePage.getByTestId("cohort-list")).toContainText(cohortName);

    // The link worked once; opening it again says so.
    await invitation.goto(url);
    await expect(
      inviteePage.getByRole("heading", { name: "This invitation has already been used" }),
    ).toBeVisible();
  } finally {
    await invitee.close();
  }

  await page.reload();
  await expect(members.invitationRow(email)).toContainText("Accepted");
  await expect(members.memberRow(email).getByRole("combobox")).toHaveValue("coach");
});

test("an unknown invitation link gets a clear message", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await new InvitationPage(page).goto(`/invite/${"x".repeat(43)}`);
    await expect(
      page.getByRole("heading", { name: "This invitation link doesn't work" }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
  } finally {
    await context.close();
  }
});

// One test per page keeps each within the timeout on a loaded machine; dark mode checks the
// heat map's tints and the chart against the dark tokens.
const axePages: { name: string; path: (cohortId: string) => string }[] = [
  { name: "cohorts", path: () => "/lead" },
  { name: "dashboard", path: (id) => `/lead/cohorts/${id}` },
  { name: "members", path: (id) => `/lead/cohorts/${id}/members` },
];
for (const { name, path } of axePages) {
  test(`axe: the lead's ${name} page in light and dark`, async ({ page }) => {
    test.slow();
    const { cohortId } = await leadCohort(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path(cohortId));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (name === "dashboard") {
        // The trend chart loads as its section nears the viewport; check it too.
        await page.getByRole("region", { name: "Score trends by week" }).scrollIntoViewIfNeeded();
        await expect(page.getByRole("button", { name: "Show as table" })).toBeVisible();
      }
      await expectNoSeriousViolations(page);
    }
  });
}

test("axe: the trend table view and a candidate's printable report", async ({ page }) => {
  test.slow();
  const { cohortId } = await leadCohort(page);
  await page.goto(`/lead/cohorts/${cohortId}`);
  // Below the heat map, the chart loads when the lead scrolls down to it.
  await page.getByRole("region", { name: "Score trends by week" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Show as table" }).click();
  await expect(page.getByRole("table", { name: /Cohort overall by week/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole("region", { name: "Levels by dimension" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("progress report");
  await expectNoSeriousViolations(page);

  // On paper: the app's navigation and the print button are gone, the sections remain.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("heading", { name: "Recent answers" })).toBeVisible();
});
