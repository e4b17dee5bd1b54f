import { createCallerFactory, router } from "~/server/trpc";
import { answersRouter } from "./answers";
import { assignmentsRouter } from "./assignments";
import { cohortsRouter } from "./cohorts";
import { draftsRouter } from "./drafts";
import { meRouter } from "./me";
import { notificationsRouter } from "./notifications";
import { questionSetsRouter } from "./question-sets";
import { questionsRouter } from "./questions";
import { reviewsRouter } from "./reviews";

export const appRouter = router({
  me: meRouter,
  cohorts: cohortsRouter,
  questions: questionsRouter,
  drafts: draftsRouter,
  answers: answersRouter,
  assignments: assignmentsRouter,
  questionSets: questionSetsRouter,
  reviews: reviewsRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
