import "server-only";
import { type Db, deliverMail, type MailOutboxRow } from "@debrief/db";
import { env } from "~/env";
import { composeMail } from "./compose";
import { createFolderSender, createSmtpSender, type SendMail } from "./mail-folder";

/** Where mail goes: the SMTP server of SMTP_URL, or the local mail folder. */
export const mailDelivery: "smtp" | "folder" = env.smtpUrl ? "smtp" : "folder";

let cachedSender: SendMail | undefined;
function sender(): SendMail {
  cachedSender ??= env.smtpUrl ? createSmtpSender(env.smtpUrl) : createFolderSender(env.mailDir);
  return cachedSender;
}

/** Tries of one message before it is marked failed: the first send and the queue's retries. */
export const mailRetryLimit = 5;

/**
 * Delivers one outbox message (or its digest). Returns normally when sent, skipped or given up
 * on; throws when a retry should follow, so the job queue reschedules it with backoff.
 */
export async function deliverOutboxMessage(
  db: Db,
  id: string,
  send: SendMail = sender(),
): Promise<void> {
  const result = await deliverMail(db, id, {
    maxAttempts: mailRetryLimit + 1,
    send: (rows: MailOutboxRow[]) => send({ from: env.mailFrom, ...composeMail(rows) }),
  });
  if (result.status === "failed") {
    console.error(
      `[mail] sending ${id} failed${result.willRetry ? " (will retry)" : ", giving up"}: ${result.error}`,
    );
    if (result.willRetry) throw new Error(result.error);
  }
}
