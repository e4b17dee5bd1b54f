import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { type MailOutboxRow, mailOutbox } from "../schema/notifications.ts";

/** Pending messages whose time has come, oldest first: what the next sweep hands to workers. */
export async function listDueMailIds(
  db: Db,
  input: { now: Date; limit?: number },
): Promise<string[]> {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.sendAfter, input.now)))
    .orderBy(asc(mailOutbox.sendAfter), asc(mailOutbox.id))
    .limit(input.limit ?? 200);
  return rows.map((row) => row.id);
}

export type DeliverMailResult =
  | { status: "sent"; ids: string[]; messageId: string }
  | { status: "skipped" }
  | { status: "failed"; error: string; willRetry: boolean };

export interface DeliverMailOptions {
  /** Sends the message for these rows (more than one: a digest); resolves to its Message-ID. */
  send: (rows: MailOutboxRow[]) => Promise<{ messageId: string }>;
  /** After this many failed tries the row is marked failed and no longer retried. */
  maxAttempts: number;
}

/**
 * Delivers one outbox row (with every pending row sharing its digest key) exactly once across
 * any number of workers: the rows are locked `for update skip locked` for the duration of the
 * send, and a row that is no longer pending is skipped. A failure records the error and leaves
 * the row pending for the queue's retry (with its backoff), until `maxAttempts`.
 *
 * Links that carry a secret (invitation, password reset) live in `data.secretUrl` and are
 * removed from the row once sent, so the table keeps no usable token.
 */
export async function deliverMail(
  db: Db,
  id: string,
  options: DeliverMailOptions,
): Promise<DeliverMailResult> {
  return db.transaction(async (tx) => {
    const [first] = await tx
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "pending")))
      .for("update", { skipLocked: true });
    if (!first) return { status: "skipped" } as const;
    const rows = first.digestKey
      ? await tx
          .select()
          .from(mailOutbox)
          .where(and(eq(mailOutbox.digestKey, first.digestKey), eq(mailOutbox.status, "pending")))
          .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
          .for("update", { skipLocked: true })
      : [first];
    const ids = rows.map((row) => row.id);
    try {
      const { messageId } = await options.send(rows);
      await tx
        .update(mailOutbox)
        .set({
          status: "sent",
          sentAt: sql`now()`,
          messageId,
          attempts: sql`${mailOutbox.attempts} + 1`,
          lastError: null,
          data: sql`${mailOutbox.data} - 'secretUrl'`,
        })
        .where(inArray(mailOutbox.id, ids));
      return { status: "sent", ids, messageId } as const;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const willRetry = first.attempts + 1 < options.maxAttempts;
      await tx
        .update(mailOutbox)
        .set({
          attempts: sql`${mailOutbox.attempts} + 1`,
          lastError: message.slice(0, 500),
          status: willRetry ? "pending" : "failed",
        })
        .where(inArray(mailOutbox.id, ids));
      return { status: "failed", error: message, willRetry } as const;
    }
  });
}

/** The origin recorded with the most recent email: where the app was last reached. */
export async function findLatestMailOrigin(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ origin: mailOutbox.origin })
    .from(mailOutbox)
    .orderBy(sql`${mailOutbox.createdAt} desc`)
    .limit(1);
  return row?.origin ?? null;
}
