import { and, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { dismissedGuides } from "../schema/guides.ts";
import type { MembershipRole } from "../schema/memberships.ts";

/** Whether the user still gets the first-run welcome and guide on this role's home page. */
export async function isGuideOpen(
  db: Db,
  scope: { userId: string },
  input: { role: MembershipRole },
): Promise<boolean> {
  const [row] = await db
    .select({ role: dismissedGuides.role })
    .from(dismissedGuides)
    .where(and(eq(dismissedGuides.userId, scope.userId), eq(dismissedGuides.role, input.role)))
    .limit(1);
  return row === undefined;
}

/** Puts the role's guide away for good (idempotent). */
export async function dismissGuide(
  db: Db,
  scope: { userId: string },
  input: { role: MembershipRole },
): Promise<{ dismissed: true }> {
  await db
    .insert(dismissedGuides)
    .values({ userId: scope.userId, role: input.role })
    .onConflictDoNothing();
  return { dismissed: true };
}
