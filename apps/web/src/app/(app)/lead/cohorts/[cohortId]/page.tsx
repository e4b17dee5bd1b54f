import {
  type DimensionKey,
  dimensionInfo,
  dimensionKeys,
  kindLabels,
  questionKinds,
} from "@debrief/core";
import { Badge, Button, EmptyState, PageHeader } from "@debrief/ui";
import { ArrowLeftIcon, DownloadIcon, ScaleIcon, UsersIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import {
  apiRange,
  type DashboardFilters,
  defaultPresetDays,
  exportHref,
  lastDayOf,
  parseDashboardFilters,
  presetRange,
  toDay,
} from "~/components/dashboard/dashboard-params";
import {
  AgreementSection,
  CompletionSection,
  DashboardSection,
  ReadinessSection,
  TurnaroundSection,
} from "~/components/dashboard/dashboard-sections";
import { HeadlineFigures } from "~/components/dashboard/headline";
import { HeatMap } from "~/components/dashboard/heat-map";
import { LazyTrendChart } from "~/components/dashboard/lazy-trend-chart";
import { RangeFilter } from "~/components/dashboard/range-filter";
import type { SearchParams } from "~/lib/search-params";
import { RegradeCounts } from "~/components/regrades/regrade-counts";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<SearchParams>;
}

const loadDashboard = cache(async (cohortId: string, filters: DashboardFilters) => {
  const caller = await getServerCaller();
  return orNotFound(
    caller.dashboard.cohort({
      cohortId,
      ...apiRange(filters),
      ...(filters.threshold === undefined ? {} : { readinessThreshold: filters.threshold }),
    }),
  );
});

// With no dates in the URL the dashboard shows the last 12 weeks, spelled out so the inputs,
// the presets and the export all name the same range.
function withDefaultRange(filters: DashboardFilters, today: Date): DashboardFilters {
  return filters.from || filters.to
    ? filters
    : { ...filters, ...presetRange(defaultPresetDays, today) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId } = await params;
  const viewer = await requireViewerRole("lead");
  const cohort = viewer.cohorts.find((c) => c.cohortId === cohortId);
  return { title: cohort ? `${cohort.cohortName} dashboard` : "Cohort dashboard" };
}

const dimensions = dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }));
const kinds = questionKinds.map((key) => ({ key, label: kindLabels[key] }));
const dimensionLabel = (key: string) =>
  key in dimensionInfo ? dimensionInfo[key as DimensionKey].label : key;

export default async function CohortDashboardPage({ params, searchParams }: Props) {
  await requireViewerRole("lead");
  const { cohortId } = await params;
  const today = new Date();
  const filters = withDefaultRange(parseDashboardFilters(await searchParams), today);
  const dashboard = await loadDashboard(cohortId, filters);
  const [coachAgreement, moderation] = await Promise.all([
    (await getServerCaller()).doubleScoring.cohortAgreement({ cohortId }),
    (await getServerCaller()).moderation.list({ cohortId, status: "open" }),
  ]);
  const range = { from: toDay(dashboard.range.from), to: lastDayOf(dashboard.range.to) };
  const hasAnswers = dashboard.heatmap.candidates.some((c) => c.answers > 0);
  // "All" spans three years: the chart starts at the cohort's first answer, not years of blanks.
  const firstActive = dashboard.trends.weeks.findIndex((w) => w.answers > 0);
  const weekOffset = Math.max(0, firstActive);
  const activeWeeks = dashboard.trends.weeks.slice(weekOffset);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Link href="/lead" className="inline-flex items-center gap-1 hover:text-foreground">
            <ArrowLeftIcon aria-hidden className="size-3.5" />
            All cohorts
          </Link>
        }
        title={dashboard.cohort.name}
        description="Where the cohort stands, what moved, and where to step in."
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/lead/cohorts/${cohortId}/moderation`}>
                <ScaleIcon aria-hidden />
                Double-scoring
                {moderation.total > 0 ? (
                  <Badge variant="destructive" aria-label={`${moderation.total} to settle`}>
                    {moderation.total}
                  </Badge>
                ) : null}
              </Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/lead/cohorts/${cohortId}/members`}>
                <UsersIcon aria-hidden />
                Members
              </Link>
            </Button>
            <Button asChild>
              <a href={exportHref(cohortId, range)} download>
                <DownloadIcon aria-hidden />
                Export CSV
              </a>
            </Button>
          </>
        }
      />

      <RangeFilter
        cohortId={cohortId}
        from={range.from}
        to={range.to}
        threshold={filters.threshold}
        today={today}
      />

      <HeadlineFigures dashboard={dashboard} />

      <DashboardSection
        id="heat-map"
        title="Levels by dimension"
        description="Each candidate's recent level per rubric dimension. Sort by any column; select a score to open the answers behind it."
      >
        {dashboard.heatmap.candidates.length === 0 ? (
          <EmptyState
            headingLevel={3}
            icon={<UsersIcon />}
            title="No candidates yet"
            body="Invite candidates from the members page; their levels appear here once they answer."
          />
        ) : (
          <div className="rounded-xl border bg-card p-2">
            <HeatMap
              cohortId={cohortId}
              dimensions={dimensions}
              candidates={dashboard.heatmap.candidates.map((c) => ({
                id: c.id,
                name: c.name,
                answers: c.answers,
                overall: c.overall,
                dimensions: c.dimensions,
              }))}
            />
          </div>
        )}
      </DashboardSection>

      <DashboardSection
        id="trends"
        title="Score trends by week"
        description="Mean overall of the answers submitted each week (coach score where there is one), for the cohort and each candidate."
      >
        <div className="rounded-xl border bg-card p-4">
          {hasAnswers ? (
            <LazyTrendChart
              weeks={activeWeeks.map((w) => ({
                weekStart: w.weekStart.toISOString(),
                cohortOverall: w.cohortOverall,
                answers: w.answers,
              }))}
              candidates={dashboard.trends.perCandidate.map((c) => ({
                candidateId: c.candidateId,
                name: c.name,
                overall: c.overall.slice(weekOffset),
              }))}
            />
          ) : (
            <p className="text-sm text-muted-foreground">No answers submitted in this range.</p>
          )}
        </div>
      </DashboardSection>

      <CompletionSection completion={dashboard.completion} cohortId={cohortId} />
      <ReadinessSection
        readiness={dashboard.readiness}
        kinds={kinds}
        cohortId={cohortId}
        range={range}
      />
      <TurnaroundSection turnaround={dashboard.turnaround} />
      <RegradeCounts cohortId={cohortId} />
      <AgreementSection
        agreement={dashboard.agreement}
        coachAgreement={coachAgreement}
        dimensionLabel={dimensionLabel}
        moderationHref={`/lead/cohorts/${cohortId}/moderation`}
      />
    </div>
  );
}
