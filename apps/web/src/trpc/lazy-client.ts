import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "~/server/routers/root";
import type { LazyRuntime } from "./lazy-runtime";

// The app's one client data layer. Pages render their data on the server, so the browser needs
// the tRPC client, superjson and TanStack Query only when someone acts (types, saves, filters):
// they load on the first call instead of with the page, as the editor does with the scoring
// engine, keeping every page's first load within its budget; the calls then run as TanStack
// Query queries and mutations (lazy-runtime.ts). Errors: ./errors.ts.
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
