import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "./react";
import { getQueryClient } from "./server";

// Its own module, not part of ./server: Next ships every client component that a route's server
// modules import, rendered or not, so HydrationBoundary and TRPCReactProvider imported from the
// module every page uses (getServerCaller) put React Query on every page.

/** The prefetched queries, handed to React Query in the browser (and its provider with them). */
export function HydrateClient({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
    </TRPCReactProvider>
  );
}
