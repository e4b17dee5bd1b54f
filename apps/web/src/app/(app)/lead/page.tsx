import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
} from "@debrief/ui";
import { LayoutDashboardIcon, UsersIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FirstRunGuide } from "~/components/first-run-guide";
import { formatHours, formatOverall, formatWeek } from "~/lib/format";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Team lead" };

export default async function LeadHomePage() {
  const viewer = await requireViewerRole("lead");
  const caller = await getServerCaller();
  // The dashboard's default range (last 12 weeks) gives each card its headline numbers.
  const cohorts = await Promise.all(
    viewer.cohorts.map(async (cohort) => ({
      ...cohort,
      dashboard: await caller.dashboard.cohort({ cohortId: cohort.cohortId }),
    })),
  );
  const firstName = viewer.name.split(" ")[0] ?? viewer.name;
  const isGuideOpen = await caller.me.guideOpen({ role: "lead" });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        title="Your cohorts"
        eyebrow={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span data-testid="viewer-name" className="font-medium text-foreground">
              {viewer.name}
            </span>
            <Badge variant="secondary" data-testid="viewer-role">
              Team lead
            </Badge>
          </span>
        }
        description="How each cohort is progressing toward interview-ready over the last 12 weeks."
      />
      {isGuideOpen ? <FirstRunGuide forRole="lead" firstName={firstName} /> : null}
      {cohorts.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title="No cohorts yet" body="You lead no cohort yet." />
      ) : (
        <ul data-testid="cohort-list" className="grid gap-4 md:grid-cols-2">
          {cohorts.map(({ cohortId, cohortName, organisationName, dashboard }) => {
            const candidates = dashboard.heatmap.candidates.length;
            const ready = dashboard.readiness.candidates.filter((c) => c.isReady).length;
            const latest = dashboard.trends.weeks.findLast((w) => w.cohortOverall !== null);
            const missing = dashboard.completion.sets.reduce((sum, s) => sum + s.missing, 0);
            return (
              <li key={cohortId}>
                <Card className="h-full gap-4">
                  <CardHeader>
                    <CardTitle as="h2" className="text-base">
                      <Link
                        href={`/lead/cohorts/${cohortId}`}
                        className="underline-offset-4 hover:underline"
                      >
                        {cohortName}
                      </Link>
                    </CardTitle>
                    <p className="text-sm text-muted-foreground">{organisationName}</p>
                  </CardHeader>
                  <CardContent className="flex flex-col gap-4">
                    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                      <Stat label="Candidates" value={String(candidates)} />
                      <Stat
                        label="Ready"
                        value={`${ready}`}
                        detail={`at ${dashboard.readiness.threshold}+`}
                      />
                      <Stat
                        label="Cohort overall"
                        value={formatOverall(latest?.cohortOverall ?? null)}
                        detail={latest ? `wk of ${formatWeek(latest.weekStart)}` : undefined}
                      />
                      <Stat
                        label="Review p50"
                        value={formatHours(dashboard.turnaround.cohort.p50Hours)}
                        detail={`${dashboard.turnaround.cohort.openQueue} waiting`}
                      />
                    </dl>
                    {missing > 0 ? (
                      <p className="text-sm text-muted-foreground">
                        <span className="font-medium text-destructive">{missing}</span>{" "}
                        {missing === 1 ? "assignment is" : "assignments are"} incomplete past the
                        due date.
                      </p>
                    ) : null}
                    <div className="flex flex-wrap gap-2">
                      <Button asChild size="sm">
                        <Link
                          href={`/lead/cohorts/${cohortId}`}
                          aria-label={`Open dashboard: ${cohortName}`}
                        >
                          <LayoutDashboardIcon aria-hidden />
                          Open dashboard
                        </Link>
                      </Button>
                      <Button asChild size="sm" variant="outline">
                        <Link
                          href={`/lead/cohorts/${cohortId}/members`}
                          aria-label={`Members: ${cohortName}`}
                        >
                          <UsersIcon aria-hidden />
                          Members
                        </Link>
                      </Button>
                    </div>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="text-xs text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}
