import { isStartError } from "@debrief/db";

/** One sentence for a failed start: a StartError already is one; anything else gets the gist. */
export function describeStartFailure(error: unknown): string {
  if (isStartError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith("Invalid environment")) return message;
  console.error(error);
  return `${message.split("\n")[0]} (details above): fix the cause and start again.`;
}
