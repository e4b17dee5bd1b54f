import { TRPCClientError } from "@trpc/client";

/** The API's own message for a 4xx (it names the problem); a generic one when offline. */
export function mutationErrorMessage(error: unknown): string {
  return error instanceof TRPCClientError && error.data
    ? error.message
    : "Couldn't reach Debrief. Check your connection and try again.";
}
