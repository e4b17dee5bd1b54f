import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "~/server/routers/root";
import type { LazyRuntime } from "./lazy-runtime";

// The tRPC client with superjson and TanStack Query's client are ~25 kB gzipped. Pages whose
// first render needs no client data (the answer editor, the notification bell, the forms, the
// invitation page) load them on the first call instead of on load, as the editor does with the
// scoring engine; the calls then run as TanStack Query queries and mutations (lazy-runtime.ts).
let runtimePromise: Promise<LazyRuntime> | null = null;

/** Loads the runtime once; a failed load (offline) is forgotten, so the next call retries. */
function loadRuntime(): Promise<LazyRuntime> {
  runtimePromise ??= import("./lazy-runtime").then(
    (module) => module.getLazyRuntime(),
    (error: unknown) => {
      runtimePromise = null;
      throw error;
    },
  );
  return runtimePromise;
}

/** Starts loading the runtime ahead of a call that is about to come (errors are ignored). */
export function preloadLazyClient(): void {
  loadRuntime().catch(() => {});
}

/** A tRPC query through TanStack Query, keyed by `queryKey`; always asks the server. */
export async function lazyQuery<T>(
  queryKey: readonly unknown[],
  call: (client: TRPCClient<AppRouter>) => Promise<T>,
): Promise<T> {
  return (await loadRuntime()).query(queryKey, call);
}

/** A tRPC mutation through TanStack Query. Throws what the call throws. */
export async function lazyMutation<T>(
  call: (client: TRPCClient<AppRouter>) => Promise<T>,
): Promise<T> {
  return (await loadRuntime()).mutate(call);
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
