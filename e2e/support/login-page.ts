import { expect, type Page } from "@playwright/test";

/** The sign-in page, as a user sees it. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    const query = callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : "";
    await this.page.goto(`/login${query}`);
    await expect(this.page.getByRole("button", { name: "Sign in" })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  errorMessage() {
    // Next.js keeps a live region with role="alert" for route announcements; it is empty until a
    // client navigation, then holds the page title ("Sign in · Debrief"), so leave it out by id.
    return this.page
      .getByRole("alert")
      .and(this.page.locator(":not(#__next-route-announcer__)"))
      .filter({ hasText: /\S/ });
  }
}
