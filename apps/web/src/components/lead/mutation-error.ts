import { humanMessage } from "~/lib/human-message";
import { isServerAnswer } from "~/trpc/lazy-client";

/** The API's own message for a 4xx (it names the problem); a generic one when offline. */
export function mutationErrorMessage(error: unknown): string {
  return isServerAnswer(error)
    ? humanMessage(error.message)
    : "Couldn't reach Debrief. Check your connection and try again.";
}
