"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";
import type { AppRouter } from "~/server/routers/root";
import { getTrpcClient } from "./client";
import { getBrowserQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * React Query + tRPC for the subtree that uses the hooks. Not in the root layout: React Query,
 * the tRPC client and superjson are ~25 kB gzipped, and pages that render on the server without
 * client data (login, the homes, dashboards, reports) should not load them. `HydrateClient`
 * includes it; a page with mutations but no prefetch wraps its form in it.
 */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getBrowserQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={getTrpcClient()} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
