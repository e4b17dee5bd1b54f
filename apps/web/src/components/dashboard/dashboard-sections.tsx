import type { QuestionKind } from "@debrief/core/rubric";
import {
  Badge,
  Button,
  cn,
  Input,
  Label,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import Link from "next/link";
import type { ReactNode } from "react";
import { AgreementTable } from "~/components/reviews/agreement-table";
import { RowHeader } from "~/components/row-header";
import { formatHours, formatOverall, pluralize } from "~/lib/format";
import { reportHref } from "./dashboard-params";
import { overallTint } from "./score-tint";
import type { CohortDashboard } from "./types";

// The dashboard's sections below the heat map and the chart: server-rendered tables, no client
// JavaScript. Colour is never the only signal: every bar or tint sits beside its number.

export function DashboardSection({
  id,
  title,
  description,
  actions,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className="flex scroll-mt-20 flex-col gap-4 break-inside-avoid-page"
    >
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id={`${id}-heading`} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <p className="max-w-prose text-sm text-muted-foreground text-pretty">{description}</p>
          ) : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

type CompletionRow = { key: string; label: ReactNode } & {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
};

function CompletionTable({
  caption,
  rows,
  rowHeader,
}: {
  caption: string;
  rows: CompletionRow[];
  rowHeader: string;
}) {
  return (
    <Table containerProps={{ className: "rounded-lg border" }}>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{rowHeader}</TableHead>
          <TableHead scope="col" className="text-right">
            On time
          </TableHead>
          <TableHead scope="col" className="text-right">
            Late
          </TableHead>
          <TableHead scope="col" className="text-right">
            Missing
          </TableHead>
          <TableHead scope="col" className="text-right">
            Not due yet
          </TableHead>
          <TableHead scope="col" className="w-[30%] min-w-32">
            <span className="sr-only">Share</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <RowHeader className="font-medium">{row.label}</RowHeader>
            <TableCell className="text-right tabular-nums">{row.onTime}</TableCell>
            <TableCell className="text-right tabular-nums">{row.late}</TableCell>
            <TableCell
              className={cn(
                "text-right tabular-nums",
                row.missing > 0 && "font-semibold text-destructive",
              )}
            >
              {row.missing}
            </TableCell>
            <TableCell className="text-right tabular-nums text-muted-foreground">
              {row.pending}
            </TableCell>
            <TableCell>
              <CompletionBar {...row} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function CompletionBar({ onTime, late, missing, pending }: CompletionRow) {
  const total = onTime + late + missing + pending;
  if (total === 0) return null;
  const part = (n: number) => `${(n / total) * 100}%`;
  return (
    <div aria-hidden className="flex h-2.5 w-full overflow-hidden rounded-full bg-score-track">
      <span className="bg-success" style={{ width: part(onTime) }} />
      <span className="bg-warning" style={{ width: part(late) }} />
      <span className="bg-destructive" style={{ width: part(missing) }} />
    </div>
  );
}

export function CompletionSection({
  completion,
  cohortId,
}: {
  completion: CohortDashboard["completion"];
  cohortId: string;
}) {
  // Who needs a nudge first: most missing, then most late.
  const candidates = [...completion.candidates].sort(
    (a, b) => b.missing - a.missing || b.late - a.late || a.name.localeCompare(b.name),
  );
  return (
    <DashboardSection
      id="completion"
      title="Assignment completion"
      description="Assignments (a set given to one candidate) due in this range: completed by the due date, after it, or still incomplete past it."
    >
      <Legend
        items={[
          { swatch: "bg-success", label: "On time" },
          { swatch: "bg-warning", label: "Late" },
          { swatch: "bg-destructive", label: "Missing" },
          { swatch: "bg-score-track", label: "Not due yet" },
        ]}
      />
      {completion.sets.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
          No assignments due in this range.
        </p>
      ) : (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold">By question set</h3>
            <CompletionTable
              caption="Completion by question set"
              rowHeader="Set"
              rows={completion.sets.map((s) => ({ ...s, key: s.setId, label: s.title }))}
            />
          </div>
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold">By candidate</h3>
            <CompletionTable
              caption="Completion by candidate, most missing first"
              rowHeader="Candidate"
              rows={candidates.map((c) => ({
                ...c,
                key: c.candidateId,
                label: (
                  <Link
                    href={reportHref(cohortId, c.candidateId)}
                    className="underline-offset-4 hover:underline"
                  >
                    {c.name}
                  </Link>
                ),
              }))}
            />
          </div>
        </div>
      )}
    </DashboardSection>
  );
}

function Legend({ items }: { items: { swatch: string; label: string }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <span className={cn("inline-block size-2.5 rounded-full", item.swatch)} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function TurnaroundSection({ turnaround }: { turnaround: CohortDashboard["turnaround"] }) {
  const coaches = [...turnaround.coaches].sort(
    (a, b) => b.openQueue - a.openQueue || a.name.localeCompare(b.name),
  );
  return (
    <DashboardSection
      id="turnaround"
      title="Review turnaround"
      description="Time from an answer's submission to its coach review, for reviews completed in this range, and what each coach has waiting now."
    >
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Median (p50)" value={formatHours(turnaround.cohort.p50Hours)} />
        <Figure label="Slowest 5% (p95)" value={formatHours(turnaround.cohort.p95Hours)} />
        <Figure label="Reviews completed" value={String(turnaround.cohort.reviewed)} />
        <Figure label="Waiting for review" value={String(turnaround.cohort.openQueue)} />
      </dl>
      {coaches.length === 0 ? (
        <p className="text-sm text-muted-foreground">This cohort has no coaches yet.</p>
      ) : (
        <Table containerProps={{ className: "rounded-lg border" }}>
          <TableCaption className="sr-only">
            Review turnaround and open queue per coach
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Coach</TableHead>
              <TableHead scope="col" className="text-right">
                Median (p50)
              </TableHead>
              <TableHead scope="col" className="text-right">
                p95
              </TableHead>
              <TableHead scope="col" className="text-right">
                Reviewed
              </TableHead>
              <TableHead scope="col" className="text-right">
                Open queue
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {coaches.map((coach) => (
              <TableRow key={coach.coachId}>
                <RowHeader className="font-medium">{coach.name}</RowHeader>
                <TableCell className="text-right tabular-nums">
                  {formatHours(coach.p50Hours)}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatHours(coach.p95Hours)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{coach.reviewed}</TableCell>
                <TableCell className="text-right tabular-nums font-medium">
                  {coach.openQueue}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DashboardSection>
  );
}

export function Figure({
  label,
  value,
  detail,
}: {
  label: string;
  value: string;
  detail?: string;
}) {
  return (
    <div className="rounded-lg border bg-card px-3 py-2.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="text-xs text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}

export function ReadinessSection({
  readiness,
  kinds,
  cohortId,
  range,
}: {
  readiness: CohortDashboard["readiness"];
  kinds: { key: QuestionKind; label: string }[];
  cohortId: string;
  range: { from: string; to: string };
}) {
  const kindLabel = new Map(kinds.map((k) => [k.key, k.label]));
  const ready = readiness.candidates.filter((c) => c.isReady).length;
  // Ready candidates first, then those closest to it (fewest kinds missing).
  const candidates = [...readiness.candidates].sort(
    (a, b) =>
      Number(b.isReady) - Number(a.isReady) ||
      a.missingKinds.length - b.missingKinds.length ||
      a.name.localeCompare(b.name),
  );
  return (
    <DashboardSection
      id="readiness"
      title="Readiness"
      description={
        <>
          Ready means a recent overall of at least {readiness.threshold} in every kind the candidate
          has practised. Coverage lists the kinds with no answer yet.
        </>
      }
      actions={
        <form
          key={readiness.threshold}
          method="get"
          action={`/lead/cohorts/${cohortId}#readiness`}
          aria-label="Readiness threshold"
          className="flex items-end gap-2"
          data-print="hide"
        >
          <input type="hidden" name="from" value={range.from} />
          <input type="hidden" name="to" value={range.to} />
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="readiness-threshold">Threshold (0–100)</Label>
            <Input
              id="readiness-threshold"
              name="threshold"
              type="number"
              min={0}
              max={100}
              step={1}
              required
              defaultValue={readiness.threshold}
              className="w-28"
            />
          </div>
          <Button type="submit" variant="secondary">
            Update
          </Button>
        </form>
      }
    >
      <p className="text-sm">
        <strong className="text-2xl font-semibold tabular-nums" data-testid="ready-count">
          {ready}
        </strong>{" "}
        of {pluralize(readiness.candidates.length, "candidate")} ready at {readiness.threshold}+.
      </p>
      <Table containerProps={{ className: "rounded-lg border" }} className="min-w-[60rem]">
        <TableCaption className="sr-only">
          Readiness and coverage per candidate: recent overall per question kind
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Candidate</TableHead>
            <TableHead scope="col">Status</TableHead>
            {kinds.map((k) => (
              <TableHead key={k.key} scope="col" className="text-center text-xs">
                {k.label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {candidates.map((c) => (
            <TableRow key={c.candidateId}>
              <RowHeader className="font-medium whitespace-nowrap">
                <Link
                  href={reportHref(cohortId, c.candidateId)}
                  className="underline-offset-4 hover:underline"
                >
                  {c.name}
                </Link>
              </RowHeader>
              <TableCell>
                {c.isReady ? (
                  <Badge variant="success">Ready</Badge>
                ) : (
                  <span className="text-xs text-muted-foreground">
                    {c.weakestKind
                      ? `Weakest: ${kindLabel.get(c.weakestKind) ?? c.weakestKind}`
                      : "No answers yet"}
                  </span>
                )}
              </TableCell>
              {kinds.map((k) => {
                const overall = c.overallByKind[k.key];
                if (overall === undefined) {
                  return (
                    <TableCell key={k.key} className="p-0.5 text-center">
                      <span className="inline-flex h-8 w-full items-center justify-center rounded-md border border-dashed text-xs text-muted-foreground">
                        Not yet
                      </span>
                    </TableCell>
                  );
                }
                const isBelow = overall < readiness.threshold;
                return (
                  <TableCell key={k.key} className="p-0.5 text-center">
                    <span
                      className={cn(
                        "inline-flex h-8 w-full items-center justify-center rounded-md text-sm tabular-nums",
                        overallTint(overall),
                        isBelow && "font-semibold",
                      )}
                    >
                      {formatOverall(overall)}
                      {isBelow ? <span className="sr-only"> (below the threshold)</span> : null}
                    </span>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DashboardSection>
  );
}

export function AgreementSection({
  agreement,
  coachAgreement,
  dimensionLabel,
  moderationHref,
}: {
  agreement: CohortDashboard["agreement"];
  /** Coach–coach agreement on double-scored answers (all time), when the lead has any. */
  coachAgreement?: { pairs: number; dimensions: CohortDashboard["agreement"] } | null;
  dimensionLabel: (key: string) => string;
  moderationHref?: string;
}) {
  const reviews = Math.max(0, ...agreement.map((d) => d.n));
  return (
    <DashboardSection
      id="agreement"
      title="Agreement"
      description="How often coaches' grades match the engine's automatic scores, per dimension, for answers reviewed in this range; and, on double-scored answers, how often two coaches match each other. Low agreement shows where coaches see something the engine misses, or where grading drifts."
    >
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold">Engine and coach</h3>
          {reviews === 0 ? (
            <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
              No coach reviews in this range yet.
            </p>
          ) : (
            <AgreementTable
              rows={agreement}
              labelOf={dimensionLabel}
              caption="Agreement between coach and engine per dimension"
              captionClassName="sr-only"
              containerProps={{ className: "rounded-lg border" }}
            />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-semibold">Coach and coach</h3>
          {!coachAgreement || coachAgreement.pairs === 0 ? (
            <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
              No double-scored answers yet.{" "}
              {moderationHref ? (
                <Link
                  href={moderationHref}
                  className="text-primary underline-offset-4 hover:underline"
                >
                  Set up double-scoring
                </Link>
              ) : null}
            </p>
          ) : (
            <AgreementTable
              rows={coachAgreement.dimensions}
              labelOf={dimensionLabel}
              countLabel="Answers"
              caption="Agreement between two coaches per dimension, over every double-scored answer"
              captionClassName="sr-only"
              containerProps={{ className: "rounded-lg border" }}
            />
          )}
        </div>
      </div>
    </DashboardSection>
  );
}
