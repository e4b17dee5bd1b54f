import path from "node:path";

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
