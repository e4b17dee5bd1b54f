import "server-only";
import { listDueMailIds, poolOf, sendAssignmentReminders } from "@debrief/db";
import PgBoss from "pg-boss";
import { env } from "~/env";
import { getDbHandle } from "~/server/db";
import { deliverOutboxMessage, mailRetryLimit } from "~/server/mail/deliver";
import { fallbackLinkOrigin } from "~/server/mail/origin";

// The background work of every web process runs on pg-boss, a job queue kept in PostgreSQL
// (schema `pgboss`): any number of processes share its jobs and schedules through the
// database, with retries and backoff, and no state in memory that matters.
const queues = {
  /** One outbox message (or digest): retried with exponential backoff. */
  mailSend: "mail-send",
  /** Hands every due outbox message to mail-send. Every minute, and right after an event. */
  mailSweep: "mail-sweep",
  /** Due-soon and overdue reminders, on the REMINDER_CRON schedule. */
  reminders: "assignment-reminders",
} as const;

const globalForQueue = globalThis as unknown as { debriefQueue?: Promise<PgBoss> };

async function startQueue(): Promise<PgBoss> {
  const handle = await getDbHandle();
  const boss = new PgBoss({
    connectionString: handle.url,
    max: 3,
    application_name: "debrief-jobs",
    // Check the schedules often enough that a one-minute cron fires on time.
    cronMonitorIntervalSeconds: 15,
    cronWorkerIntervalSeconds: 5,
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  // Processes starting together would create the same queues at once, and pg-boss's queue
  // creation deadlocks against itself: one process at a time sets them up, under a lock.
  const setup = await poolOf(handle.db).connect();
  try {
    await setup.query("select pg_advisory_lock(hashtext('debrief:job-queue-setup'))");
    await boss.start();
    await boss.createQueue(queues.mailSend, {
      name: queues.mailSend,
      retryLimit: mailRetryLimit,
      // 20 s, 40 s, 80 s, ... between tries.
      retryDelay: 20,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    await boss.createQueue(queues.mailSweep, { name: queues.mailSweep, expireInSeconds: 120 });
    await boss.createQueue(queues.reminders, { name: queues.reminders, expireInSeconds: 300 });
    await boss.schedule(queues.mailSweep, "* * * * *");
    await boss.schedule(queues.reminders, env.reminderCron);
  } finally {
    await setup
      .query("select pg_advisory_unlock(hashtext('debrief:job-queue-setup'))")
      .catch(() => undefined);
    setup.release();
  }

  await boss.work<{ id: string }>(
    queues.mailSend,
    { pollingIntervalSeconds: 1, batchSize: 1 },
    async ([job]) => {
      if (job) await deliverOutboxMessage(handle.db, job.data.id);
    },
  );
  await boss.work(queues.mailSweep, { pollingIntervalSeconds: 1 }, async () => {
    const ids = await listDueMailIds(handle.db, { now: new Date() });
    for (const id of ids) {
      // One job per message per hour: repeated sweeps do not pile up jobs behind a retry.
      await boss.send(queues.mailSend, { id }, { singletonKey: id, singletonSeconds: 3600 });
    }
  });
  await boss.work(queues.reminders, { pollingIntervalSeconds: 5 }, async () => {
    const sent = await sendAssignmentReminders(handle.db, {
      now: new Date(),
      origin: env.appUrl ?? (await fallbackLinkOrigin(handle.db)),
    });
    if (sent.length > 0) {
      console.log(`[jobs] sent ${sent.length} assignment reminders`);
      await kickMail();
    }
  });
  return boss;
}

/** Starts the queue and its workers once per process (instrumentation calls it at boot). */
export function startJobQueue(): Promise<PgBoss> {
  globalForQueue.debriefQueue ??= startQueue().catch((error: unknown) => {
    globalForQueue.debriefQueue = undefined;
    throw error;
  });
  return globalForQueue.debriefQueue;
}

/**
 * Asks for the outbox to be swept now (or at `at`, e.g. when a digest window closes), after an
 * event committed mail. Never fails the caller: the mail is safe in the outbox, and the
 * every-minute sweep sends it if this nudge is lost. Without a started queue (unit tests,
 * scripts) it does nothing.
 */
export async function kickMail(at?: Date): Promise<void> {
  const queue = globalForQueue.debriefQueue;
  if (!queue) return;
  try {
    const boss = await queue;
    await boss.send(
      queues.mailSweep,
      {},
      at
        ? { startAfter: at }
        : { singletonKey: "now", singletonSeconds: 1, singletonNextSlot: true },
    );
  } catch (error) {
    console.error("[jobs] could not queue a mail sweep:", error);
  }
}
