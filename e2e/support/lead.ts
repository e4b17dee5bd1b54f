import { parse } from "csv-parse/sync";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { trpcQuery } from "./practice";

// Page objects and helpers for the team lead's journeys.

/** The demo lead's first cohort, read through the API the pages use. */
export async function leadCohort(page: Page): Promise<{ cohortId: string; cohortName: string }> {
  const me = await trpcQuery<{
    memberships: { cohortId: string; cohortName: string; role: string }[];
  }>(page, "me.get", undefined);
  const cohort = me.memberships.find((m) => m.role === "lead");
  if (!cohort) throw new Error("The demo lead leads no cohort");
  return cohort;
}

export class LeadDashboardPage {
  readonly from: Locator;
  readonly to: Locator;
  readonly heatMap: Locator;
  readonly exportLink: Locator;

  constructor(private readonly page: Page) {
    this.from = page.getByLabel("From", { exact: true });
    this.to = page.getByLabel("To", { exact: true });
    this.heatMap = page.getByRole("region", { name: "Levels by dimension" }).getByRole("table");
    this.exportLink = page.getByRole("link", { name: "Export CSV" });
  }

  async goto(cohortId: string, query = "") {
    await this.page.goto(`/lead/cohorts/${cohortId}${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async applyDates(from: string, to: string) {
    await this.from.fill(from);
    await this.to.fill(to);
    await this.page.getByRole("button", { name: "Apply dates" }).click();
    await this.page.waitForURL(
      (url) => url.searchParams.get("from") === from && url.searchParams.get("to") === to,
    );
  }

  async choosePreset(label: string) {
    await this.page
      .getByRole("navigation", { name: "Date range presets" })
      .getByRole("link", { name: label })
      .click();
    await expect(
      this.page.getByRole("navigation", { name: "Date range presets" }).getByRole("link", {
        name: label,
      }),
    ).toHaveAttribute("aria-current", "true");
  }

  /** A headline figure's value, e.g. "Candidates". */
  figure(label: string): Locator {
    return this.page
      .getByTestId("headline-figures")
      .locator("div", { has: this.page.getByText(label, { exact: true }) })
      .locator("dd")
      .first();
  }

  answersInRange(): Locator {
    return this.page.getByTestId("headline-figures").getByText(/answers in range$/);
  }

  sortBy(column: string): Locator {
    return this.heatMap.getByRole("button", { name: column, exact: true });
  }

  columnHeader(column: string): Locator {
    return this.heatMap.getByRole("columnheader", { name: column, exact: true });
  }
}

export class MembersPage {
  readonly inviteForm: Locator;
  readonly invitations: Locator;
  readonly members: Locator;

  constructor(private readonly page: Page) {
    this.inviteForm = page.getByRole("form", { name: "Invite someone" });
    this.invitations = page
      .getByRole("region", { name: "Invitations", exact: true })
      .getByRole("table");
    this.members = page.getByRole("region", { name: "Members", exact: true }).getByRole("table");
  }

  async goto(cohortId: string) {
    await this.page.goto(`/lead/cohorts/${cohortId}/members`);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Members and invitations" }),
    ).toBeVisible();
  }

  /** Invites `email` as `role`; returns the link shown to copy. */
  async invite(email: string, role: "Candidate" | "Coach" | "Team lead"): Promise<string> {
    await this.inviteForm.getByLabel("Email").fill(email);
    await this.inviteForm.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
    await this.inviteForm.getByRole("button", { name: "Create invitation" }).click();
    const link = this.createdLink();
    await expect(link).toHaveValue(/\/invite\/[\w-]{20,}$/);
    return link.inputValue();
  }

  createdLink(): Locator {
    return this.page.getByTestId("created-invitation").getByLabel("Invitation link");
  }

  emailedStatus(): Locator {
    return this.page.getByTestId("emailed-status");
  }

  async copyLink() {
    await this.page.getByRole("button", { name: "Copy link" }).click();
    await expect(this.page.getByRole("button", { name: "Copied" })).toBeVisible();
  }

  invitationRow(email: string): Locator {
    return this.invitations.getByRole("row").filter({ hasText: email });
  }

  memberRow(email: string): Locator {
    return this.members.getByRole("row").filter({ hasText: email });
  }
}

export class InvitationPage {
  constructor(private readonly page: Page) {}

  async goto(url: string) {
    await this.page.goto(url);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Your invitation to Debrief" }),
    ).toBeVisible();
  }

  async acceptAsNewUser(name: string, password: string) {
    const form = this.page.getByRole("form", { name: "Create your account" });
    await form.getByLabel("Your name").fill(name);
    await form.getByLabel("Password", { exact: true }).fill(password);
    await form.getByLabel("Confirm password").fill(password);
    await form.getByRole("button", { name: "Accept and create account" }).click();
  }
}

/** Reads an export the way a spreadsheet would (RFC 4180). */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true });
}

export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}
