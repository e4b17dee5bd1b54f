import { createCallerFactory, router } from "~/server/trpc";
import { answersRouter } from "./answers";
import { assignmentsRouter } from "./assignments";
import { cohortsRouter } from "./cohorts";
import { draftsRouter } from "./drafts";
import { meRouter } from "./me";
import { questionsRouter } from "./questions";

export const appRouter = router({
  me: meRouter,
  cohorts: cohortsRouter,
  questions: questionsRouter,
  drafts: draftsRouter,
  answers: answersRouter,
  assignments: assignmentsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
