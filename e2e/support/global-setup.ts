import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type FullConfig } from "@playwright/test";
import { DEMO_PASSWORD, type DemoRole, demoAccounts, storageStatePath } from "./accounts";
import { LoginPage } from "./login-page";

/** Signs in once per demo role and saves the cookies, so specs start signed in. */
export default async function globalSetup(config: FullConfig) {
  const project = config.projects[0];
  if (!project) throw new Error("No Playwright project configured");
  const { baseURL, launchOptions } = project.use;
  const browser = await chromium.launch(launchOptions);
  try {
    for (const role of Object.keys(demoAccounts) as DemoRole[]) {
      const account = demoAccounts[role];
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(account.email, DEMO_PASSWORD);
      await page.waitForURL(`**${account.home}`);
      const file = storageStatePath(role);
      mkdirSync(path.dirname(file), { recursive: true });
      await context.storageState({ path: file });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
