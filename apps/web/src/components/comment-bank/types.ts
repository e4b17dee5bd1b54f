import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/routers/root";

export type CommentBankEntry = inferRouterOutputs<AppRouter>["commentBank"]["list"][number];
