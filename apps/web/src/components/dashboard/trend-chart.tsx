"use client";

import {
  Button,
  cn,
  NativeSelect,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { ChartLineIcon, TableIcon } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { ScoreGrid } from "~/components/charts/score-grid";
import { RowHeader } from "~/components/row-header";
import { formatOverall, formatWeek } from "~/lib/format";

export interface TrendWeekPoint {
  weekStart: string;
  cohortOverall: number | null;
  answers: number;
}

/** A candidate's weekly overall, position by position with the chart's weeks (null: none). */
export interface CandidateTrendLine {
  candidateId: string;
  name: string;
  overall: (number | null)[];
}

interface CandidatePoints {
  candidateId: string;
  name: string;
  points: { weekStart: string; overall: number }[];
}

const width = 760;
const height = 280;
const margin = { top: 16, right: 20, bottom: 36, left: 40 };
const yTicks = [0, 20, 40, 60, 80, 100];
const noCandidate = "none";

/**
 * Weekly overall for the cohort (bold) and every candidate (faint), with one candidate picked
 * out on request. SVG from visx primitives (the app's one chart library), themed through CSS
 * classes. The same numbers are one click away as tables.
 */
export function TrendChart({
  weeks,
  candidates,
}: {
  weeks: TrendWeekPoint[];
  candidates: CandidateTrendLine[];
}) {
  const ids = useId();
  const [isTable, setIsTable] = useState(false);
  const [highlight, setHighlight] = useState(noCandidate);
  const lines = useMemo<CandidatePoints[]>(
    () =>
      candidates.map((c) => ({
        candidateId: c.candidateId,
        name: c.name,
        points: weeks.flatMap((w, i) => {
          const overall = c.overall[i];
          return overall === null || overall === undefined
            ? []
            : [{ weekStart: w.weekStart, overall }];
        }),
      })),
    [candidates, weeks],
  );
  const highlighted = lines.find((c) => c.candidateId === highlight) ?? null;

  const { x, y, xTicks } = useMemo(() => {
    const times = weeks.map((w) => Date.parse(w.weekStart));
    const first = times[0] ?? 0;
    const last = times.at(-1) ?? first;
    // A single week still needs a domain with width, or every point lands on the axis.
    const domain = first === last ? [first - 3.5 * 864e5, last + 3.5 * 864e5] : [first, last];
    const xScale = scaleUtc({ domain, range: [margin.left, width - margin.right] });
    const yScale = scaleLinear({ domain: [0, 100], range: [height - margin.bottom, margin.top] });
    // At most ~8 labels, always including the last week.
    const step = Math.max(1, Math.ceil(weeks.length / 8));
    const ticks = weeks.filter((_, i) => (weeks.length - 1 - i) % step === 0);
    return { x: xScale, y: yScale, xTicks: ticks };
  }, [weeks]);

  const cohortPoints = weeks.filter(
    (w): w is TrendWeekPoint & { cohortOverall: number } => w.cohortOverall !== null,
  );
  const lastCohort = cohortPoints.at(-1);
  const firstCohort = cohortPoints[0];
  const summary =
    firstCohort && lastCohort
      ? `Cohort overall by week, from ${formatOverall(firstCohort.cohortOverall)} in the week of ${formatWeek(firstCohort.weekStart)} to ${formatOverall(lastCohort.cohortOverall)} in the week of ${formatWeek(lastCohort.weekStart)}.`
      : "No scored answers in this range.";

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3" data-print="hide">
        {!isTable && candidates.length > 0 ? (
          <div className="flex flex-col gap-1.5">
            <label htmlFor={`${ids}-candidate`} className="text-sm font-medium">
              Pick out a candidate
            </label>
            <NativeSelect
              id={`${ids}-candidate`}
              className="w-60"
              value={highlight}
              onChange={(event) => setHighlight(event.target.value)}
            >
              <option value={noCandidate}>Cohort only</option>
              {candidates.map((c) => (
                <option key={c.candidateId} value={c.candidateId}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : (
          <span />
        )}
        <Button
          variant="outline"
          size="sm"
          aria-pressed={isTable}
          onClick={() => setIsTable((value) => !value)}
        >
          {isTable ? <ChartLineIcon aria-hidden /> : <TableIcon aria-hidden />}
          {isTable ? "Show as chart" : "Show as table"}
        </Button>
      </div>

      {isTable ? (
        <TrendTables weeks={weeks} candidates={candidates} />
      ) : (
        <figure className="flex flex-col gap-2">
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`${summary}${highlighted ? ` ${highlighted.name} is highlighted.` : ""} Choose "Show as table" for every figure.`}
            className="h-auto w-full text-muted-foreground"
          >
            <ScoreGrid ticks={yTicks} y={y} left={margin.left} right={width - margin.right} />
            {xTicks.map((w) => (
              <text
                key={w.weekStart}
                x={x(Date.parse(w.weekStart))}
                y={height - margin.bottom + 20}
                textAnchor="middle"
                className="fill-current text-[11px]"
              >
                {formatWeek(w.weekStart)}
              </text>
            ))}
            <Group>
              {lines.map((c) => (
                <LinePath
                  key={c.candidateId}
                  data={c.points}
                  x={(p) => x(Date.parse(p.weekStart))}
                  y={(p) => y(p.overall)}
                  className={cn(
                    "fill-none",
                    c.candidateId === highlight ? "hidden" : "stroke-muted-foreground/25",
                  )}
                  strokeWidth={1}
                />
              ))}
              <LinePath
                data={cohortPoints}
                x={(w) => x(Date.parse(w.weekStart))}
                y={(w) => y(w.cohortOverall)}
                className="fill-none stroke-primary"
                strokeWidth={3}
                strokeLinejoin="round"
              />
              {cohortPoints.map((w) => (
                <circle
                  key={w.weekStart}
                  cx={x(Date.parse(w.weekStart))}
                  cy={y(w.cohortOverall)}
                  r={3.5}
                  className="fill-background stroke-primary"
                  strokeWidth={2}
                />
              ))}
              {highlighted ? (
                <>
                  <LinePath
                    data={highlighted.points}
                    x={(p) => x(Date.parse(p.weekStart))}
                    y={(p) => y(p.overall)}
                    className="fill-none stroke-foreground"
                    strokeWidth={2}
                    strokeDasharray="6 4"
                  />
                  {highlighted.points.map((p) => (
                    <circle
                      key={p.weekStart}
                      cx={x(Date.parse(p.weekStart))}
                      cy={y(p.overall)}
                      r={3}
                      className="fill-foreground"
                    />
                  ))}
                </>
              ) : null}
            </Group>
          </svg>
          <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground">
            <LegendItem swatch="h-[3px] bg-primary" label="Cohort overall (0–100)" />
            {highlighted ? (
              <LegendItem
                swatch="h-0 border-t-2 border-dashed border-foreground"
                label={highlighted.name}
              />
            ) : null}
            {candidates.length > 0 ? (
              <LegendItem swatch="h-px bg-muted-foreground/40" label="Each candidate" />
            ) : null}
          </figcaption>
        </figure>
      )}
    </div>
  );
}

function LegendItem({ swatch, label }: { swatch: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden className={cn("inline-block w-6", swatch)} />
      {label}
    </span>
  );
}

function TrendTables({
  weeks,
  candidates,
}: {
  weeks: TrendWeekPoint[];
  candidates: CandidateTrendLine[];
}) {
  return (
    <div className="flex flex-col gap-6">
      <Table containerProps={{ tabIndex: 0, className: "max-w-md rounded-lg border" }}>
        <TableCaption className="pb-2">Cohort overall by week (0–100).</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Week of</TableHead>
            <TableHead className="text-right">Cohort overall</TableHead>
            <TableHead className="text-right">Answers</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {weeks.map((w) => (
            <TableRow key={w.weekStart}>
              <TableCell>{formatWeek(w.weekStart)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {formatOverall(w.cohortOverall)}
              </TableCell>
              <TableCell className="text-right tabular-nums">{w.answers}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {candidates.length > 0 ? (
        <Table containerProps={{ tabIndex: 0, className: "rounded-lg border" }}>
          <TableCaption className="pb-2">
            Each candidate's overall by week (0–100); — where they had no scored answer that week.
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Candidate</TableHead>
              {weeks.map((w) => (
                <TableHead key={w.weekStart} scope="col" className="text-right">
                  {formatWeek(w.weekStart)}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {candidates.map((c) => (
              <TableRow key={c.candidateId}>
                <RowHeader className="font-medium whitespace-nowrap">{c.name}</RowHeader>
                {weeks.map((w, i) => (
                  <TableCell key={w.weekStart} className="text-right tabular-nums">
                    {formatOverall(c.overall[i] ?? null)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
