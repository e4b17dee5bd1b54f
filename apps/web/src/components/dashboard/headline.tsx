import { formatHours, formatOverall, formatWeek } from "~/lib/format";
import { Figure } from "./dashboard-sections";
import type { CohortDashboard } from "./types";

/** The four numbers a lead reads first: size, level, readiness, and how fast reviews come back. */
export function HeadlineFigures({ dashboard }: { dashboard: CohortDashboard }) {
  const candidates = dashboard.heatmap.candidates.length;
  const ready = dashboard.readiness.candidates.filter((c) => c.isReady).length;
  const latest = dashboard.trends.weeks.findLast((w) => w.cohortOverall !== null);
  // Summing a dozen weekly buckets the database already counted.
  const answers = dashboard.trends.weeks.reduce((sum, w) => sum + w.answers, 0);
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="headline-figures">
      <Figure
        label="Candidates"
        value={String(candidates)}
        detail={`${answers} answers in range`}
      />
      <Figure
        label="Cohort overall"
        value={formatOverall(latest?.cohortOverall ?? null)}
        detail={latest ? `Week of ${formatWeek(latest.weekStart)}` : "No scored answers"}
      />
      <Figure
        label="Ready"
        value={`${ready} of ${candidates}`}
        detail={`At ${dashboard.readiness.threshold}+ in every kind practised`}
      />
      <Figure
        label="Review turnaround (p50)"
        value={formatHours(dashboard.turnaround.cohort.p50Hours)}
        detail={`${dashboard.turnaround.cohort.openQueue} waiting for review`}
      />
    </dl>
  );
}
