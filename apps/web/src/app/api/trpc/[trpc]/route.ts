import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "~/server/context";
import { retryAfterSeconds } from "~/server/db-status";
import { appRouter } from "~/server/routers/root";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: createRequestContext,
    // A 503 (database restarting) tells clients and proxies when to come back.
    responseMeta({ errors }) {
      return errors.some((error) => error.code === "SERVICE_UNAVAILABLE")
        ? { headers: new Headers({ "Retry-After": String(retryAfterSeconds) }) }
        : {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });
}

export { handler as GET, handler as POST };
