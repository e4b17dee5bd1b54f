import type { DatabaseStatus } from "@debrief/db";

// The database's availability, readable synchronously from any bundle of this process: the
// proxy (which must not import the database layer) answers 503 from it while the database is
// down, and the tRPC layer fails fast instead of waiting on the pool. Kept on globalThis for the
// same reason as the handle itself: Next bundles the proxy, routes and pages separately.

interface StatusSource {
  status(): DatabaseStatus;
  reportError(error: unknown): void;
}

const key = Symbol.for("debrief.databaseStatus");
const slot = globalThis as unknown as { [key]?: StatusSource };

/** The sentence users see while the database restarts; the Retry-After that goes with it. */
export const databaseRestartingMessage =
  "Debrief is restarting its database, try again in a moment.";
export const retryAfterSeconds = 5;

export function publishDatabaseStatus(source: StatusSource): void {
  slot[key] = source;
}

/** Null until the database has been opened in this process (and always in unit tests). */
export function readDatabaseStatus(): DatabaseStatus | null {
  return slot[key]?.status() ?? null;
}

export function isDatabaseDown(): boolean {
  const status = readDatabaseStatus();
  return status !== null && status.state !== "ready";
}

/** Lets the availability tracker see a failed query (it ignores errors that are not outages). */
export function reportDatabaseError(error: unknown): void {
  slot[key]?.reportError(error);
}

/** The plain page a browser (or any client) gets instead of a 500 while the database is down. */
export function databaseRestartingResponse(): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${retryAfterSeconds}"><title>Debrief is restarting</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:20vh auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.25rem">${databaseRestartingMessage}</h1><p>This page reloads by itself. Nothing you saved is lost.</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(retryAfterSeconds),
    },
  });
}
