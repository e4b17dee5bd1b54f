import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/routers/root";

type Outputs = inferRouterOutputs<AppRouter>["regrades"];

export type CandidateRegrade = Outputs["forAnswer"];
export type RegradeView = NonNullable<Outputs["forReview"]>;
export type RegradeQueueItem = Outputs["queue"][number];
export type RegradeCoachCounts = Outputs["byCoach"][number];
export type DimensionLabels = Record<string, string>;
