import path from "node:path";
import type { Browser } from "@playwright/test";

export type DemoRole = "candidate" | "coach" | "lead";

export const DEMO_PASSWORD = "debrief-demo";

export const demoAccounts: Record<DemoRole, { email: string; home: string; heading: RegExp }> = {
  candidate: { email: "candidate@demo.debrief.dev", home: "/practice", heading: /candidate/i },
  coach: { email: "coach@demo.debrief.dev", home: "/coach", heading: /coach/i },
  lead: { email: "lead@demo.debrief.dev", home: "/lead", heading: /lead/i },
};

/** Signed-in browser state per role, prepared once by global-setup. */
export function storageStatePath(role: DemoRole): string {
  return path.join(import.meta.dirname, "..", "test-results", ".auth", `${role}.json`);
}

/** A fresh browser context signed in as the demo role (from global-setup's state), and a page. */
export async function signedIn(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return { context, page: await context.newPage() };
}
