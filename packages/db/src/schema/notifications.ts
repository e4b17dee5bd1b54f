import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { assignments } from "./assignments.ts";
import { users } from "./users.ts";

/** What a user can be told about; each has an in-app and an email setting. */
export const notificationKinds = [
  "set_assigned",
  "due_soon",
  "overdue",
  "answer_submitted",
  "review_landed",
  "comment_reply",
  "regrade",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** In-app notifications (e.g. "your answer was reviewed"); unread ones drive the badge. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    subjectId: uuid(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.readAt, t.createdAt)],
);

/** A user's choice per kind; no row means both on (the default). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    inApp: boolean().notNull().default(true),
    email: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const mailStatuses = ["pending", "sent", "failed"] as const;
export type MailStatus = (typeof mailStatuses)[number];
export const mailStatus = pgEnum("mail_status", mailStatuses);

/**
 * The mail outbox: one row per message, written in the same transaction as the event that
 * causes it, so mail is sent if and only if the event committed. Job-queue workers deliver it.
 * The message is rendered at delivery from `kind` + `data`; `origin` is the public origin its
 * links use, fixed when the event happened. Rows sharing a `digestKey` go out as one message.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    toAddress: text().notNull(),
    kind: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    origin: text().notNull(),
    digestKey: text(),
    sendAfter: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: mailStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    messageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.sendAfter).where(sql`${t.status} = 'pending'`),
    index().on(t.digestKey).where(sql`${t.status} = 'pending'`),
    index().on(t.userId, t.createdAt),
  ],
);

/** A reminder already sent for an assignment (due soon, overdue): each goes out once. */
export const assignmentReminders = pgTable(
  "assignment_reminders",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    // The due date it was sent for: moving the due date makes a fresh reminder due.
    dueAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.kind, t.dueAt] })],
);

export type Notification = typeof notifications.$inferSelect;
export type MailOutboxRow = typeof mailOutbox.$inferSelect;
