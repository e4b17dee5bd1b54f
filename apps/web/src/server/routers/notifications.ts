import {
  countUnreadNotifications,
  listNotificationSettings,
  listNotifications,
  markNotificationsRead,
  updateNotificationSettings,
} from "@debrief/db";
import { authedProcedure, router } from "~/server/trpc";
import { markReadInput, notificationSettingsInput } from "./notifications.inputs";

const self = (ctx: { actor: { id: string } }) => ({ userId: ctx.actor.id });

export const notificationsRouter = router({
  /** The badge: how many of the caller's notifications are unread. */
  unreadCount: authedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, self(ctx))),
  /** The caller's latest 20 notifications, newest first. */
  list: authedProcedure.query(({ ctx }) => listNotifications(ctx.db, self(ctx), { limit: 20 })),
  /** Marks the given ids (all unread when omitted) read. */
  markRead: authedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, self(ctx), input)),
  /** Per kind, whether the caller is told in the app and by email (both on by default). */
  settings: authedProcedure.query(({ ctx }) => listNotificationSettings(ctx.db, self(ctx))),
  /** Saves the given kinds' settings; returns them all. */
  updateSettings: authedProcedure
    .input(notificationSettingsInput)
    .mutation(({ ctx, input }) => updateNotificationSettings(ctx.db, self(ctx), input)),
});
