import { dimensionInfo, dimensionKeys, kindLabels, questionKinds } from "@debrief/core";
import { PageHeader } from "@debrief/ui";
import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import {
  DimensionLevels,
  KindLevels,
  RecentAnswers,
  ReportSection,
  type ReportView,
  WeeklyTrend,
} from "~/components/reports/candidate-report";
import { PrintButton } from "~/components/reports/print-button";
import { formatOverall } from "~/lib/format";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ cohortId: string; candidateId: string }>;
}

const loadReport = cache(async (cohortId: string, candidateId: string) => {
  await requireViewerRole("lead");
  const caller = await getServerCaller();
  return orNotFound(caller.reports.candidate({ cohortId, candidateId }));
});

type Report = Awaited<ReturnType<typeof loadReport>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId, candidateId } = await params;
  const report = await loadReport(cohortId, candidateId);
  return { title: `${report.candidate.name}: progress report` };
}

const dateFormat: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
};

function toView(report: Report): ReportView {
  const byKind = new Map(report.byKind.map((k) => [k.kind, k]));
  return {
    candidateName: report.candidate.name,
    cohortName: report.cohort.name,
    kinds: questionKinds.map((kind) => ({
      key: kind,
      label: kindLabels[kind],
      overall: byKind.get(kind)?.overall ?? null,
      answers: byKind.get(kind)?.attempts ?? 0,
    })),
    dimensions: dimensionKeys.map((key) => ({
      key,
      label: dimensionInfo[key].label,
      description: dimensionInfo[key].description,
      level: report.level.dimensions[key],
    })),
    trend: report.trend,
    recent: report.recentAnswers.map((a) => ({
      id: a.answerId,
      title: a.questionTitle,
      kindLabel: kindLabels[a.kind],
      attempt: a.attempt,
      submittedAt: a.submittedAt,
      overall: a.overall,
      scoredBy: a.coachOverall === null ? "engine" : "coach",
      reviewerName: a.reviewerName,
      dimensions: dimensionKeys.map((key) => ({
        key,
        label: dimensionInfo[key].label,
        score: a.dimensions[key],
      })),
      comments: [
        ...(a.overallComment ? [{ quote: null, body: a.overallComment }] : []),
        ...a.comments.map((c) => ({ quote: c.quote, body: c.body })),
      ],
    })),
  };
}

export default async function CandidateReportPage({ params }: Props) {
  const { cohortId, candidateId } = await params;
  const report = await loadReport(cohortId, candidateId);
  const view = toView(report);
  const { totals } = report;
  const today = new Date().toLocaleDateString("en-GB", dateFormat);

  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-10 print:max-w-none print:gap-6">
      <div className="flex flex-col gap-4">
        <PageHeader
          className="mb-0"
          eyebrow={
            <Link
              href={`/lead/cohorts/${cohortId}`}
              data-print="hide"
              className="inline-flex items-center gap-1 hover:text-foreground"
            >
              <ArrowLeftIcon aria-hidden className="size-3.5" />
              {report.cohort.name} dashboard
            </Link>
          }
          title={`${report.candidate.name}: progress report`}
          description={`${report.cohort.name} · ${report.candidate.email} · prepared ${today}`}
          actions={<PrintButton />}
        />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Summary label="Recent overall" value={formatOverall(report.level.overall)} />
          <Summary label="Questions practised" value={String(report.level.questionsPractised)} />
          <Summary label="Answers" value={String(totals.answers)} />
          <Summary label="Coach-reviewed" value={String(totals.reviewed)} />
        </dl>
        {totals.firstAt && totals.lastAt ? (
          <p className="text-sm text-muted-foreground">
            Answers from {totals.firstAt.toLocaleDateString("en-GB", dateFormat)} to{" "}
            {totals.lastAt.toLocaleDateString("en-GB", dateFormat)}. Levels use the latest attempt
            at each question, with the coach's score where there is one.
          </p>
        ) : null}
      </div>

      <div className="grid gap-10 md:grid-cols-2 print:grid-cols-2 print:gap-6">
        <ReportSection
          id="dimensions"
          title="Level by dimension"
          description="Rubric dimensions, 0–4."
        >
          <DimensionLevels dimensions={view.dimensions} />
        </ReportSection>
        <ReportSection id="kinds" title="Level by kind" description="Overall, 0–100.">
          <KindLevels kinds={view.kinds} />
        </ReportSection>
      </div>

      <ReportSection
        id="trend"
        title="Progress by week"
        description="Mean overall of the answers submitted each week."
        isNewPage
      >
        <WeeklyTrend trend={view.trend} />
      </ReportSection>

      <ReportSection
        id="recent-answers"
        title="Recent answers"
        description="The latest answers with their scores and the coach's comments."
        isNewPage
      >
        <RecentAnswers recent={view.recent} />
      </ReportSection>
    </article>
  );
}

function Summary({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
