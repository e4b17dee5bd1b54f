import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notifications } from "../schema/notifications.ts";
import { isUuid } from "../users/users.ts";

/** The badge count; served by the (user_id, read_at, created_at) index. */
export async function countUnreadNotifications(
  db: Db,
  scope: { userId: string },
): Promise<{ count: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, scope.userId), isNull(notifications.readAt)));
  return { count: row?.count ?? 0 };
}

export interface NotificationItem {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

/** The user's latest notifications, read or not, newest first. */
export function listNotifications(
  db: Db,
  scope: { userId: string },
  input: { limit?: number } = {},
): Promise<NotificationItem[]> {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, scope.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit ?? 20);
}

/** Marks the given notifications (all when `ids` is omitted) read; others' ids are ignored. */
export async function markNotificationsRead(
  db: Db,
  scope: { userId: string },
  input: { ids?: readonly string[] } = {},
): Promise<{ updated: number }> {
  const ids = input.ids?.filter(isUuid);
  if (ids && ids.length === 0) return { updated: 0 };
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, scope.userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
