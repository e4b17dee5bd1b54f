import { createTRPCClient, httpBatchLink, loggerLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import { maxBatchSize } from "~/lib/trpc-limits";
import type { AppRouter } from "~/server/routers/root";

let browserClient: TRPCClient<AppRouter> | undefined;

/** The browser's one tRPC client (loaded by `lazy-client.ts` on the first call). */
export function getTrpcClient(): TRPCClient<AppRouter> {
  if (typeof window === "undefined") return makeTrpcClient();
  browserClient ??= makeTrpcClient();
  return browserClient;
}

function makeTrpcClient(): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      loggerLink({
        enabled: (op) => op.direction === "down" && op.result instanceof Error,
      }),
      httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: maxBatchSize }),
    ],
  });
}
