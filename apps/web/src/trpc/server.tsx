import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { createRequestContext } from "~/server/context";
import { appRouter, createCaller } from "~/server/routers/root";
import { makeQueryClient } from "./query-client";
import { TRPCReactProvider } from "./react";

// One query client and one context per request (React's cache() is request-scoped in RSC).
export const getQueryClient = cache(makeQueryClient);
const getContext = cache(createRequestContext);

/** Options proxy for prefetching in server components: `prefetch(trpc.x.y.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: getContext,
  queryClient: getQueryClient,
});

/** Direct server-side caller for server components that just need the data. */
export const getServerCaller = cache(async () => createCaller(await getContext()));

/** The prefetched queries, handed to React Query in the browser (and its provider with them). */
export function HydrateClient({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
    </TRPCReactProvider>
  );
}
