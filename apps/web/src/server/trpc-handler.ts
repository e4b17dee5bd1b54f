import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { maxBatchSize } from "~/lib/trpc-limits";
import { retryAfterSeconds } from "~/server/db-status";
import { appRouter } from "~/server/routers/root";
import { isSameOriginRequest } from "~/server/same-origin";
import type { Context } from "~/server/trpc";

function refuse(status: 403 | 415, message: string) {
  return Response.json(
    { error: { message, code: status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "FORBIDDEN" } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * The tRPC endpoint's work, with the context factory passed in so tests can drive it with real
 * Requests. Mutations (POST) come only from this site's own script, as JSON: an HTML form can
 * send neither `application/json` nor a same-origin Origin, so forms on other sites — and on
 * sibling sites of the same registrable domain — are refused before any procedure runs.
 */
export function handleTrpcRequest(
  req: Request,
  createContext: (opts: { req: Request }) => Promise<Context>,
): Promise<Response> | Response {
  if (req.method === "POST") {
    const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      return refuse(415, "Send procedure calls as application/json.");
    }
    if (!isSameOriginRequest(req.headers)) {
      return refuse(403, "Cross-site requests are not allowed.");
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ req }) => createContext({ req }),
    maxBatchSize,
    // Answers carry one user's data: never kept by the browser or any cache on the way. A 503
    // (the database is restarting) also tells clients and proxies when to come back.
    responseMeta: ({ errors }) => ({
      headers: errors.some((error) => error.code === "SERVICE_UNAVAILABLE")
        ? { "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds) }
        : { "Cache-Control": "no-store" },
    }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });
}
