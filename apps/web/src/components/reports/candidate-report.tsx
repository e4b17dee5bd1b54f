import { cn } from "@debrief/ui";
import type { ReactNode } from "react";
import { levelTint, overallTint } from "~/components/dashboard/score-tint";
import { formatLevel, formatOverall, formatWeek } from "~/lib/format";

// The printable progress report: server-rendered, no client JavaScript but the print button.
// Print rules: sections start on a new page, cards never split, tints print as they show.

export interface ReportView {
  candidateName: string;
  cohortName: string;
  kinds: { key: string; label: string; overall: number | null; answers: number }[];
  dimensions: { key: string; label: string; description: string; level: number | null }[];
  trend: { weekStart: Date; overall: number; answers: number }[];
  recent: {
    id: string;
    title: string;
    kindLabel: string;
    attempt: number;
    submittedAt: Date;
    overall: number | null;
    scoredBy: "coach" | "engine";
    reviewerName: string | null;
    dimensions: { key: string; label: string; score: number | null }[];
    comments: { quote: string | null; body: string }[];
  }[];
}

const printExact = "[print-color-adjust:exact] [-webkit-print-color-adjust:exact]";

export function ReportSection({
  id,
  title,
  description,
  isNewPage = false,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  isNewPage?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={cn("flex scroll-mt-20 flex-col gap-3", isNewPage && "print:break-before-page")}
    >
      <div className="flex flex-col gap-1 border-b pb-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function KindLevels({ kinds }: { kinds: ReportView["kinds"] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Recent overall per question kind</caption>
      <thead>
        <tr className="border-b text-left text-xs text-muted-foreground">
          <th scope="col" className="py-2 font-medium">
            Kind
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Answers
          </th>
          <th scope="col" className="w-24 py-2 text-right font-medium">
            Overall
          </th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((k) => (
          <tr key={k.key} className="border-b last:border-0">
            <th scope="row" className="py-1.5 text-left font-medium">
              {k.label}
            </th>
            <td className="py-1.5 text-right tabular-nums text-muted-foreground">{k.answers}</td>
            <td className="py-1 pl-3 text-right">
              {k.overall === null ? (
                <span className="text-xs whitespace-nowrap text-muted-foreground">Not yet</span>
              ) : (
                <span
                  className={cn(
                    "inline-flex h-7 w-14 items-center justify-center rounded-md font-semibold tabular-nums",
                    overallTint(k.overall),
                    printExact,
                  )}
                >
                  {formatOverall(k.overall)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DimensionLevels({ dimensions }: { dimensions: ReportView["dimensions"] }) {
  return (
    <ul className="flex flex-col gap-2">
      {dimensions.map((d) => (
        <li
          key={d.key}
          id={`dimension-${d.key}`}
          className="grid scroll-mt-24 grid-cols-[9rem_1fr_3rem] items-center gap-3 rounded-md px-1 py-1 target:bg-accent target:outline-2 target:outline-ring"
        >
          <span className="text-sm font-medium">{d.label}</span>
          <span
            aria-hidden
            className={cn("h-2.5 overflow-hidden rounded-full bg-score-track", printExact)}
          >
            <span
              className={cn("block h-full rounded-full", d.level === null ? "" : levelBar(d.level))}
              style={{ width: `${((d.level ?? 0) / 4) * 100}%` }}
            />
          </span>
          <span className="text-right text-sm font-semibold tabular-nums">
            {formatLevel(d.level)}
          </span>
        </li>
      ))}
    </ul>
  );
}

const bars = ["bg-score-0", "bg-score-1", "bg-score-2", "bg-score-3", "bg-score-4"] as const;
function levelBar(level: number): string {
  return bars[Math.min(4, Math.max(0, Math.round(level)))] ?? "";
}

export function WeeklyTrend({ trend }: { trend: ReportView["trend"] }) {
  if (trend.length === 0) {
    return <p className="text-sm text-muted-foreground">No answers in this period.</p>;
  }
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Overall by week</caption>
      <thead>
        <tr className="border-b text-left text-xs text-muted-foreground">
          <th scope="col" className="py-2 font-medium">
            Week of
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Bar</span>
          </th>
          <th scope="col" className="w-16 py-2 text-right font-medium">
            Overall
          </th>
        </tr>
      </thead>
      <tbody>
        {trend.map((p) => (
          <tr key={p.weekStart.toISOString()} className="border-b last:border-0">
            <th scope="row" className="py-1.5 text-left font-normal whitespace-nowrap">
              {formatWeek(p.weekStart)}
            </th>
            <td className="w-full px-3 py-1.5">
              <span aria-hidden className="block h-2 overflow-hidden rounded-full bg-score-track">
                <span
                  className={cn("block h-full rounded-full", levelBar(Math.floor(p.overall / 20)))}
                  style={{ width: `${p.overall}%` }}
                />
              </span>
            </td>
            <td className="py-1.5 text-right font-semibold tabular-nums">
              {formatOverall(p.overall)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RecentAnswers({ recent }: { recent: ReportView["recent"] }) {
  if (recent.length === 0) {
    return <p className="text-sm text-muted-foreground">No answers yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-4">
      {recent.map((answer) => (
        <li
          key={answer.id}
          data-print="avoid-break"
          className="flex flex-col gap-3 rounded-lg border p-4"
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h3 className="font-medium">{answer.title}</h3>
              <p className="text-xs text-muted-foreground">
                {answer.kindLabel} · attempt {answer.attempt} ·{" "}
                {answer.submittedAt.toLocaleDateString("en-GB", {
                  day: "numeric",
                  month: "short",
                  year: "numeric",
                  timeZone: "UTC",
                })}{" "}
                · {answer.scoredBy === "coach" ? "coach score" : "engine score"}
              </p>
            </div>
            <span
              className={cn(
                "inline-flex h-8 min-w-12 items-center justify-center rounded-md px-2 text-base font-semibold tabular-nums",
                overallTint(answer.overall),
                printExact,
              )}
            >
              <span className="sr-only">Overall </span>
              {formatOverall(answer.overall)}
            </span>
          </div>
          <dl className="grid grid-cols-4 gap-1.5 sm:grid-cols-8">
            {answer.dimensions.map((d) => (
              <div
                key={d.key}
                className={cn("rounded-md px-1.5 py-1 text-center", levelTint(d.score), printExact)}
              >
                <dt className="truncate text-[11px] leading-tight">{d.label}</dt>
                <dd className="text-sm font-semibold tabular-nums">
                  {d.score === null ? "—" : String(d.score)}
                </dd>
              </div>
            ))}
          </dl>
          {answer.comments.length > 0 ? (
            <div className="flex flex-col gap-2 border-l-2 border-evidence-comment pl-3">
              <p className="text-xs font-medium text-muted-foreground">
                {answer.reviewerName ? `${answer.reviewerName}'s comments` : "Coach's comments"}
              </p>
              {answer.comments.map((comment, i) => (
                // Comments have no id of their own here, and their order never changes.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <div key={i} className="flex flex-col gap-0.5 text-sm">
                  {comment.quote ? (
                    <q className="text-xs text-muted-foreground italic">{comment.quote}</q>
                  ) : null}
                  <p className="whitespace-pre-wrap">{comment.body}</p>
                </div>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
