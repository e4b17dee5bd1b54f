import { dimensionInfo, dimensionKeys } from "@debrief/core/rubric";
import { maxRegradeReasonLength } from "@debrief/db/limits";
import { ScaleIcon } from "lucide-react";
import { getServerCaller } from "~/trpc/server";
import { RegradeDecisionForm } from "./on-demand";
import { RegradeHistory } from "./regrade-history";

/**
 * A regrade request on the answer a coach has open, shown above the grading panel: what was
 * asked and why, and the decision form while it waits (the history once decided). Nothing when
 * the candidate never asked.
 */
export async function CoachRegrade({
  answerId,
  answerVersion,
  candidateName,
  coachDimensions,
}: {
  answerId: string;
  answerVersion: number;
  candidateName: string;
  coachDimensions: Record<string, number> | null;
}) {
  const caller = await getServerCaller();
  const request = await caller.regrades.forReview({ answerId });
  if (!request) return null;
  const labels = Object.fromEntries(dimensionKeys.map((key) => [key, dimensionInfo[key].label]));
  const isPending = request.status === "pending";
  return (
    <section
      id="regrade"
      aria-labelledby="regrade-heading"
      className={`flex scroll-mt-20 flex-col gap-4 rounded-xl border bg-card p-5 ${isPending ? "border-warning/50" : ""}`}
    >
      <div className="flex flex-col gap-1">
        <h2 id="regrade-heading" className="flex items-center gap-2 text-lg font-semibold">
          <ScaleIcon aria-hidden className="size-5 text-muted-foreground" />
          {isPending ? `${candidateName} asks for a regrade` : "Regrade request"}
        </h2>
        {isPending ? (
          <p className="text-sm text-muted-foreground">
            Look again at the named dimensions. Accepting changes only those scores; the overall is
            recomputed and {candidateName} sees your reason.
          </p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <RegradeHistory request={request} labels={labels} as="coach" />
        {isPending ? (
          <RegradeDecisionForm
            requestId={request.id}
            answerVersion={answerVersion}
            maxLength={maxRegradeReasonLength}
            dimensions={request.dimensions.map((key) => ({
              key,
              label: labels[key] ?? key,
              score: coachDimensions?.[key] ?? request.before.dimensions[key] ?? 0,
            }))}
          />
        ) : null}
      </div>
    </section>
  );
}
