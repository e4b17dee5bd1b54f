import "server-only";
import { cache } from "react";
import { createRequestContext } from "~/server/context";
import { createCaller } from "~/server/routers/root";

/** The procedures, called directly by server components; one context per request. */
export const getServerCaller = cache(async () => createCaller(await createRequestContext()));
