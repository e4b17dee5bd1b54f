import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "~/server/routers/root";

// The tRPC client with superjson is ~12 kB gzipped. Pages whose first render needs no client
// data (the answer editor, the notification bell, the invitation page) fetch it on the first
// call instead of on load, as the editor does with the scoring engine.
let clientPromise: Promise<TRPCClient<AppRouter>> | null = null;

/** Loads the tRPC client once; a failed load (offline) is forgotten, so the next call retries. */
export function loadTrpcClient(): Promise<TRPCClient<AppRouter>> {
  clientPromise ??= import("./client").then(
    (module) => module.getTrpcClient(),
    (error: unknown) => {
      clientPromise = null;
      throw error;
    },
  );
  return clientPromise;
}

/**
 * The server answered with an error (a TRPCClientError that carries `data`), as opposed to a
 * request that never got an answer. Checked by name so callers need not import @trpc/client.
 */
export function isServerAnswer(error: unknown): error is Error & { data: unknown } {
  return (
    error instanceof Error &&
    error.name === "TRPCClientError" &&
    Boolean((error as { data?: unknown }).data)
  );
}

/** A TRPCClientError of any kind (answered or not), checked by name. */
export function isTrpcClientError(error: unknown): error is Error & { data?: unknown } {
  return error instanceof Error && error.name === "TRPCClientError";
}
