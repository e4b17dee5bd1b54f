import { createRequestContext } from "~/server/context";
import { handleTrpcRequest } from "~/server/trpc-handler";

function handler(req: Request) {
  return handleTrpcRequest(req, createRequestContext);
}

export { handler as GET, handler as POST };
