import { createCallerFactory, router } from "~/server/trpc";
import { cohortsRouter } from "./cohorts";
import { meRouter } from "./me";

export const appRouter = router({
  me: meRouter,
  cohorts: cohortsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
