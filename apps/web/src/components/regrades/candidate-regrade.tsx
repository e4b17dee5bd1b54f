import { dimensionInfo, dimensionKeys } from "@debrief/core/rubric";
import { maxRegradeReasonLength } from "@debrief/db/limits";
import { ScaleIcon } from "lucide-react";
import { LocalTime } from "~/components/local-time";
import { getServerCaller } from "~/trpc/server";
import { RegradeRequestForm } from "./on-demand";
import { RegradeHistory } from "./regrade-history";

/**
 * The candidate's regrade corner of a reviewed attempt: the request and its decision once there
 * is one; else the form while the window is open, or one line saying why it is not.
 */
export async function CandidateRegrade({
  answerId,
  coachDimensions,
}: {
  answerId: string;
  coachDimensions: Record<string, number>;
}) {
  const caller = await getServerCaller();
  const { availability, request } = await caller.regrades.forAnswer({ answerId });
  const labels = Object.fromEntries(dimensionKeys.map((key) => [key, dimensionInfo[key].label]));
  return (
    <section
      id="regrade"
      aria-labelledby="regrade-heading"
      className="flex scroll-mt-20 flex-col gap-4 rounded-xl border bg-card p-5"
    >
      <div className="flex flex-col gap-1">
        <h2 id="regrade-heading" className="flex items-center gap-2 text-lg font-semibold">
          <ScaleIcon aria-hidden className="size-5 text-muted-foreground" />
          Regrade
        </h2>
        {request ? (
          <p className="text-sm text-muted-foreground">
            Your request and your coach&apos;s decision.
          </p>
        ) : availability.isOpen ? (
          <p className="text-sm text-muted-foreground">
            If a coach score misses something in your answer, you can ask once for a second look,
            until <LocalTime value={availability.closesAt} format="date" />.
          </p>
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="regrade-unavailable">
            {availability.reason}
            {availability.closedAt ? (
              <>
                {" "}
                This one closed on <LocalTime value={availability.closedAt} format="date" />.
              </>
            ) : null}
          </p>
        )}
      </div>
      {request ? (
        <RegradeHistory request={request} labels={labels} as="candidate" />
      ) : availability.isOpen ? (
        <RegradeRequestForm
          answerId={answerId}
          maxLength={maxRegradeReasonLength}
          dimensions={dimensionKeys.map((key) => ({
            key,
            label: dimensionInfo[key].label,
            score: coachDimensions[key] ?? 0,
          }))}
        />
      ) : null}
    </section>
  );
}
