import { MutationObserver, QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "~/server/routers/root";
import { getTrpcClient } from "./client";

/**
 * What `lazy-client.ts` loads on the first client call: the tRPC client and the page's one
 * TanStack Query client. Calls run as
 * TanStack queries and mutations with `networkMode: "always"`, so an offline call fails at once
 * (the editor and autosave fall back to this device) instead of pausing until the network is back.
 */
export interface LazyRuntime {
  client: TRPCClient<AppRouter>;
  queryClient: QueryClient;
  query<T>(
    queryKey: readonly unknown[],
    call: (client: TRPCClient<AppRouter>) => Promise<T>,
  ): Promise<T>;
  mutate<T>(call: (client: TRPCClient<AppRouter>) => Promise<T>): Promise<T>;
}

export function getLazyRuntime(): LazyRuntime {
  const client = getTrpcClient();
  const queryClient = new QueryClient();
  return {
    client,
    queryClient,
    query: (queryKey, call) =>
      queryClient.fetchQuery({
        queryKey: ["trpc-lazy", ...queryKey],
        queryFn: () => call(client),
        // Every call asks the server: these back explicit refetches, not a shared cache.
        staleTime: 0,
        retry: false,
        networkMode: "always",
      }),
    mutate: (call) =>
      new MutationObserver(queryClient, {
        mutationFn: () => call(client),
        retry: false,
        networkMode: "always",
      }).mutate(),
  };
}
