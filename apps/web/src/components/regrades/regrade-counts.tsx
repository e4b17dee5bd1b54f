import { DashboardSection } from "~/components/dashboard/dashboard-sections";
import { getServerCaller } from "~/trpc/server";

/**
 * The lead's view of regrades: per coach whose review was challenged, how many requests came in
 * and how they were decided. All time, not the dashboard's range: requests are few, and a lead
 * looks for a pattern per coach, not a trend.
 */
export async function RegradeCounts({ cohortId }: { cohortId: string }) {
  const caller = await getServerCaller();
  const rows = await caller.regrades.byCoach({ cohortId });
  const figures = [
    ["Requested", "requested"],
    ["Accepted", "accepted"],
    ["Declined", "declined"],
    ["Pending", "pending"],
  ] as const;
  return (
    <DashboardSection
      id="regrades"
      title="Regrade requests"
      description="Requests from candidates to look again at a released review, per coach who wrote it, since the cohort began."
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No candidate has asked for a regrade yet.</p>
      ) : (
        // One row per coach with four small figures: a five-column table does not fit a phone.
        <ul
          aria-label="Regrade requests per coach"
          className="flex flex-col divide-y rounded-lg border"
        >
          {rows.map((row) => (
            <li
              key={row.coachId}
              className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="font-medium">{row.coachName}</span>
              <dl className="grid grid-cols-4 gap-4 text-sm sm:w-96">
                {figures.map(([label, key]) => (
                  <div key={key} className="flex flex-col">
                    <dt className="text-xs text-muted-foreground">{label}</dt>
                    <dd className="font-semibold tabular-nums">{row[key]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
