import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server-prefetched data is fresh on arrival; don't refetch it immediately on the client.
        staleTime: 30 * 1000,
        retry: (failureCount, error) => {
          const code = (error as { data?: { code?: string } }).data?.code;
          const isClientError =
            code === "UNAUTHORIZED" ||
            code === "FORBIDDEN" ||
            code === "NOT_FOUND" ||
            code === "BAD_REQUEST";
          return !isClientError && failureCount < 2;
        },
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * The server makes a new client per request; the browser keeps one, so a suspense boundary
 * during the first render does not throw the cache away, and the React Query provider and the
 * lazily loaded calls (lazy-client.ts) share one cache.
 */
export function getBrowserQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
