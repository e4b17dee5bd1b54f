import "server-only";
import { kickMail } from "./queue";

/** Runs an event that may have written mail to the outbox, then asks for it to be sent now. */
export async function afterMail<T>(event: Promise<T>): Promise<T> {
  const result = await event;
  await kickMail();
  return result;
}
