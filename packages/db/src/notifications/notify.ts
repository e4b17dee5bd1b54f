import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  mailOutbox,
  type NotificationKind,
  notificationKinds,
  notificationPreferences,
  notifications,
} from "../schema/notifications.ts";
import { users } from "../schema/users.ts";

/** Where email links point when the caller gave no origin (tests, scripts). */
export const defaultOrigin = "http://localhost:3000";

export interface NotificationSetting {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** Every kind with the user's choice; a kind they never changed is on for both. */
export async function listNotificationSettings(
  db: Db,
  scope: { userId: string },
): Promise<NotificationSetting[]> {
  const rows = await db
    .select({
      kind: notificationPreferences.kind,
      inApp: notificationPreferences.inApp,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, scope.userId));
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return notificationKinds.map((kind) => ({
    kind,
    inApp: byKind.get(kind)?.inApp ?? true,
    email: byKind.get(kind)?.email ?? true,
  }));
}

/** Saves the given kinds' settings (others keep theirs). */
export async function updateNotificationSettings(
  db: Db,
  scope: { userId: string },
  input: { settings: readonly NotificationSetting[] },
): Promise<NotificationSetting[]> {
  if (input.settings.length > 0) {
    await db
      .insert(notificationPreferences)
      .values(input.settings.map((s) => ({ userId: scope.userId, ...s })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: {
          inApp: sql`excluded.in_app`,
          email: sql`excluded.email`,
          updatedAt: sql`now()`,
        },
      });
  }
  return listNotificationSettings(db, scope);
}

export interface NotifyUserInput {
  userId: string;
  kind: NotificationKind;
  subjectId?: string | null;
  /** Shown in the bell and used to render the email; plain JSON. */
  data: Record<string, unknown>;
  /** Public origin the email's links use (APP_URL, or the request's origin). */
  origin: string;
  /** Emails sharing this key and still unsent at delivery go out as one digest. */
  digestKey?: string | null;
  /** Hold the email until then (the digest window). */
  sendAfter?: Date | null;
}

/**
 * Tells a user about something, as their settings for the kind say: an in-app notification
 * and/or a row in the mail outbox. Call it inside the transaction of the event itself, so both
 * exist if and only if the event committed.
 */
export async function notifyUser(
  db: Db,
  input: NotifyUserInput,
): Promise<{ inApp: boolean; emailId: string | null }> {
  const [target] = await db
    .select({
      email: users.email,
      inApp: sql<boolean>`coalesce(${notificationPreferences.inApp}, true)`,
      wantsEmail: sql<boolean>`coalesce(${notificationPreferences.email}, true)`,
    })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, users.id),
        eq(notificationPreferences.kind, input.kind),
      ),
    )
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!target) return { inApp: false, emailId: null };
  if (target.inApp) {
    await db.insert(notifications).values({
      userId: input.userId,
      kind: input.kind,
      subjectId: input.subjectId ?? null,
      data: input.data,
    });
  }
  let emailId: string | null = null;
  if (target.wantsEmail) {
    emailId = await enqueueMail(db, {
      userId: input.userId,
      toAddress: target.email,
      kind: input.kind,
      data: input.data,
      origin: input.origin,
      digestKey: input.digestKey ?? null,
      sendAfter: input.sendAfter ?? null,
    });
  }
  return { inApp: Boolean(target.inApp), emailId };
}

export interface EnqueueMailInput {
  userId?: string | null;
  toAddress: string;
  kind: string;
  data: Record<string, unknown>;
  origin: string;
  digestKey?: string | null;
  sendAfter?: Date | null;
}

/** Writes one message to the outbox; the caller's transaction decides whether it exists. */
export async function enqueueMail(db: Db, input: EnqueueMailInput): Promise<string> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      userId: input.userId ?? null,
      toAddress: input.toAddress,
      kind: input.kind,
      data: input.data,
      origin: input.origin,
      digestKey: input.digestKey ?? null,
      ...(input.sendAfter ? { sendAfter: input.sendAfter } : {}),
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("insert into mail_outbox returned no row");
  return row.id;
}
