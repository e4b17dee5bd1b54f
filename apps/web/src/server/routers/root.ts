import { createCallerFactory, router } from "~/server/trpc";
import { accountRouter } from "./account";
import { answersRouter } from "./answers";
import { assignmentsRouter } from "./assignments";
import { cohortsRouter } from "./cohorts";
import { commentBankRouter } from "./comment-bank";
import { dashboardRouter } from "./dashboard";
import { doubleScoringRouter } from "./double-scoring";
import { draftsRouter } from "./drafts";
import { invitationsRouter } from "./invitations";
import { meRouter } from "./me";
import { membersRouter } from "./members";
import { moderationRouter } from "./moderation";
import { notificationsRouter } from "./notifications";
import { questionSetsRouter } from "./question-sets";
import { questionsRouter } from "./questions";
import { regradesRouter } from "./regrades";
import { reportsRouter } from "./reports";
import { reviewsRouter } from "./reviews";

export const appRouter = router({
  me: meRouter,
  account: accountRouter,
  cohorts: cohortsRouter,
  questions: questionsRouter,
  drafts: draftsRouter,
  answers: answersRouter,
  assignments: assignmentsRouter,
  questionSets: questionSetsRouter,
  reviews: reviewsRouter,
  regrades: regradesRouter,
  doubleScoring: doubleScoringRouter,
  moderation: moderationRouter,
  commentBank: commentBankRouter,
  notifications: notificationsRouter,
  dashboard: dashboardRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  reports: reportsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
