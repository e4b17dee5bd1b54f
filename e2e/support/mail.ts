import path from "node:path";
import { expect } from "@playwright/test";
import { type FolderMail, readMailFolder } from "../../apps/web/src/server/mail/mail-folder";

// The app's local mail folder in tests (playwright.config.ts sets MAIL_DIR; servers started
// elsewhere name theirs in E2E_MAIL_DIR), read through the same function the development mail
// page uses.
const mailDir =
  process.env.E2E_MAIL_DIR ?? path.join(import.meta.dirname, "..", "..", ".data", "e2e-mail");

/** Waits for a message to `to` whose subject matches, sent after `since`, and returns it. */
export async function waitForMail(
  to: string,
  subject: RegExp,
  options: { since?: Date; timeout?: number } = {},
): Promise<FolderMail> {
  let found: FolderMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = await readMailFolder(mailDir, { to, limit: 200 });
        found = messages.find(
          (m) =>
            subject.test(m.subject) &&
            (!options.since || m.date.getTime() >= options.since.getTime() - 1000),
        );
        return found !== undefined;
      },
      { timeout: options.timeout ?? 60_000, message: `an email to ${to} about ${subject}` },
    )
    .toBe(true);
  if (!found) throw new Error("unreachable");
  return found;
}

/** The messages to `to` so far. */
export function mailTo(to: string) {
  return readMailFolder(mailDir, { to, limit: 200 });
}

/** The first link in a message that starts with `prefix` (e.g. the app's origin + a path). */
export function linkIn(mail: FolderMail, pattern: RegExp): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => pattern.test(url));
  if (!link) throw new Error(`no link matching ${pattern} in “${mail.subject}”:\n${mail.text}`);
  return link;
}

/**
 * The link in the invitation email for `token`: the page a lead can copy, plus the proof that
 * only the invited address receives (it is what lets a new account be made).
 */
export async function waitForInvitationLink(to: string, token: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = await readMailFolder(mailDir, { to, limit: 200 });
        link = messages
          .flatMap((m) => m.text.match(/https?:\/\/\S+/g) ?? [])
          .find((url) => url.includes(`/invite/${token}?proof=`));
        return link !== undefined;
      },
      { timeout: 60_000, message: `the invitation email to ${to}` },
    )
    .toBe(true);
  if (!link) throw new Error("unreachable");
  return link;
}
