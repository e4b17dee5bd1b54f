import "server-only";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { createRequestContext } from "~/server/context";
import { appRouter, createCaller } from "~/server/routers/root";
import { makeQueryClient } from "./query-client";

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
