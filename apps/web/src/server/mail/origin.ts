import "server-only";
import { type Db, findLatestMailOrigin } from "@debrief/db";
import { env } from "~/env";

/**
 * Links written outside any request (scheduled reminders) without APP_URL: the origin the app
 * was most recently reached on, as recorded with the last email it wrote; else this machine.
 */
export async function fallbackLinkOrigin(db: Db): Promise<string> {
  return (await findLatestMailOrigin(db)) ?? `http://localhost:${env.port}`;
}

/** The origin for links written during a request: APP_URL, else the request's own. */
export function linkOrigin(requestOrigin: string | undefined): string {
  return env.appUrl ?? requestOrigin ?? `http://localhost:${env.port}`;
}
