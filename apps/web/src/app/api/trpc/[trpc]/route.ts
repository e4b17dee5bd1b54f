import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { maxBatchSize } from "~/lib/trpc-limits";
import { isSameOriginRequest } from "~/server/same-origin";
import { createRequestContext } from "~/server/context";
import { appRouter } from "~/server/routers/root";

function refuse(status: number, message: string) {
  return Response.json(
    { error: { message, code: status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "FORBIDDEN" } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

function handler(req: Request) {
  if (req.method === "POST") {
    // Mutations come only from this site's own script, as JSON: an HTML form can send neither
    // application/json nor a same-origin Origin, so cross-site and same-site forms are refused.
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
    createContext: createRequestContext,
    maxBatchSize,
    // Answers carry one user's data: never stored by the browser or any cache on the way.
    responseMeta: () => ({ headers: { "Cache-Control": "no-store" } }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error);
    },
  });
}

export { handler as GET, handler as POST };
