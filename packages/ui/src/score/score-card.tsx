import { dimensionKeys } from "@debrief/core/rubric";
import type * as React from "react";
import {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../components/card.tsx";
import { cn } from "../lib/cn.ts";
import { DimensionBars } from "./dimension-bars.tsx";
import { EvidenceLegend } from "./evidence-legend.tsx";
import { EvidenceText } from "./evidence-text.tsx";
import { FlagList } from "./flag-list.tsx";
import { OverallScore } from "./overall-score.tsx";
import { formatDuration, humanizeKey } from "./score-band.ts";
import { SuggestionList } from "./suggestion-list.tsx";
import type { CommentRange, DimensionInfo, DimensionKey, FlagInfo, ScoreResult } from "./types.ts";

export interface ScoreCardProps {
  result: ScoreResult;
  /** The answer text; when given, the evidence is shown highlighted in it. */
  answer?: string;
  /** Labels, descriptions and display order of the dimensions (from the app's rubric). */
  dimensionInfo?: readonly DimensionInfo[];
  /** Weights for the question's kind, in percent. */
  weights?: Partial<Record<DimensionKey, number>>;
  /** Plain-word versions of flag keys; a flag without an entry is shown by its key. */
  flagInfo?: readonly FlagInfo[];
  /** A second set of dimension scores to show beside the main one (e.g. the coach's grade). */
  compare?: { label: string; dimensions: Partial<Record<DimensionKey, number>> };
  /** Name of the main series when comparing (default "Automatic"). */
  seriesLabel?: string;
  comments?: readonly CommentRange[];
  title?: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons in the header, e.g. a "Revise" link. */
  actions?: React.ReactNode;
  /** Level of the card's title; section titles are one below (default 2). */
  headingLevel?: 2 | 3;
  className?: string;
}

function Stat({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/**
 * The feedback for one scored answer: overall ring, dimension bars, pitfall flags, suggestions
 * and the evidence in the answer. Presentational only; every word comes in through props.
 */
export function ScoreCard({
  result,
  answer,
  dimensionInfo,
  weights,
  flagInfo = [],
  compare,
  seriesLabel = "Automatic",
  comments,
  title = "Feedback",
  description,
  actions,
  headingLevel = 2,
  className,
}: ScoreCardProps) {
  const info: readonly DimensionInfo[] =
    dimensionInfo ?? dimensionKeys.map((key) => ({ key, label: humanizeKey(key) }));
  const rows = info.map((d) => ({
    key: d.key,
    label: d.label,
    description: d.description,
    score: result.dimensions[d.key],
    compareScore: compare?.dimensions[d.key] ?? null,
    weight: weights?.[d.key],
  }));
  const flags = result.flags.map(
    (key) =>
      flagInfo.find((f) => f.key === key) ?? { key, label: humanizeKey(key), description: "" },
  );
  const labels: Partial<Record<DimensionKey, string>> = {};
  for (const d of info) labels[d.key] = d.label;
  const Section = `h${headingLevel + 1}` as "h3" | "h4";
  const sectionTitle = "text-sm font-semibold";
  const { stats } = result;

  return (
    <Card data-slot="score-card" className={cn("gap-0 py-0", className)}>
      <CardHeader className="border-b py-4">
        <CardTitle as={`h${headingLevel}`} className="text-lg">
          {title}
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
        {actions ? (
          <CardAction data-print="hide" className="flex flex-wrap gap-2">
            {actions}
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-x-10 gap-y-8 py-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-8">
          <div className="flex flex-wrap items-center justify-between gap-6">
            <OverallScore score={result.overall} />
            <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4 lg:grid-cols-2 xl:grid-cols-4">
              <Stat label="Words" value={stats.words} />
              <Stat label="Spoken" value={formatDuration(stats.speakingSeconds)} />
              <Stat label="Sentences" value={stats.sentences} />
              <Stat
                label="I / we"
                value={`${stats.firstPersonSingular} / ${stats.firstPersonPlural}`}
              />
            </dl>
          </div>
          <section className="flex flex-col gap-3">
            <Section className={sectionTitle}>Dimensions</Section>
            <DimensionBars
              dimensions={rows}
              seriesLabel={seriesLabel}
              compareLabel={compare?.label ?? "Compare"}
            />
          </section>
        </div>
        <div className="flex flex-col gap-8">
          <section className="flex flex-col gap-3">
            <Section className={sectionTitle}>Pitfalls</Section>
            <FlagList flags={flags} />
          </section>
          <section className="flex flex-col gap-3">
            <Section className={sectionTitle}>What to try next</Section>
            <SuggestionList suggestions={result.suggestions} />
          </section>
        </div>
        {answer !== undefined ? (
          <section className="flex flex-col gap-3 lg:col-span-2">
            <Section className={sectionTitle}>Your answer, annotated</Section>
            <div className="rounded-lg border bg-background/50 p-4 sm:p-5">
              <EvidenceText
                text={answer}
                evidence={result.evidence}
                comments={comments}
                dimensionLabels={labels}
                showFilter
                legend={<EvidenceLegend hasComments={(comments?.length ?? 0) > 0} />}
              />
            </div>
          </section>
        ) : null}
      </CardContent>
      <div className="border-t px-5 py-3 text-xs text-muted-foreground">
        Scored automatically · rubric {result.version}
      </div>
    </Card>
  );
}
