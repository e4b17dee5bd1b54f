import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/routers/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type MyAssignment = Outputs["assignments"]["mine"][number];
export type NextBestQuestion = NonNullable<Outputs["questions"]["nextBest"]>;
export type QuestionSummary = Outputs["questions"]["list"][number];
export type RecentAttempt = Outputs["answers"]["recent"][number];
export type AnswerDetail = Outputs["answers"]["get"];
export type AttemptSummary = Outputs["answers"]["attempts"][number];
/** An attempt the engine scored (every attempt but an unscorable one). */
export type ScoredAttempt = AttemptSummary & { auto: NonNullable<AttemptSummary["auto"]> };
export function isScored(attempt: AttemptSummary): attempt is ScoredAttempt {
  return attempt.auto !== null;
}
