import { getScoreBand } from "@debrief/ui";
import Link from "next/link";
import { LocalTime } from "./local-time";
import { type AttemptSummary, isScored } from "./types";

const width = 640;
const height = 220;
const pad = { top: 24, right: 24, bottom: 32, left: 40 };

/**
 * Overall score per attempt: a small SVG line chart (one accessible name that says the numbers)
 * with the same data as a table, which is also the way to each attempt's score card. An
 * unscorable attempt has no point on the chart and reads "Not scored" in the table.
 */
export function OverallTrend({ attempts }: { attempts: AttemptSummary[] }) {
  const scored = attempts.filter(isScored);
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) =>
    pad.left + (scored.length === 1 ? innerW / 2 : (i / (scored.length - 1)) * innerW);
  const y = (score: number) => pad.top + innerH - (score / 100) * innerH;
  const points = scored.map((a, i) => ({ a, cx: x(i), cy: y(a.auto.overall) }));
  const summary = attempts
    .map((a) => `attempt ${a.attempt}: ${a.auto ? a.auto.overall : "not scored"}`)
    .join(", ");

  return (
    <div className="flex flex-col gap-4">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Overall score by attempt, out of 100 — ${summary}`}
        className="h-auto w-full max-w-3xl text-muted-foreground"
      >
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-border"
              strokeDasharray={tick === 0 ? undefined : "3 4"}
            />
            <text
              x={pad.left - 8}
              y={y(tick)}
              dy="0.32em"
              textAnchor="end"
              className="fill-current text-[11px]"
            >
              {tick}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline
            points={points.map((p) => `${p.cx},${p.cy}`).join(" ")}
            fill="none"
            strokeWidth={2.5}
            strokeLinejoin="round"
            className="stroke-primary"
          />
        ) : null}
        {points.map((p) => (
          <g key={p.a.id}>
            <circle
              cx={p.cx}
              cy={p.cy}
              r={5}
              className="fill-card stroke-primary"
              strokeWidth={2.5}
            />
            <text
              x={p.cx}
              y={p.cy - 12}
              textAnchor="middle"
              className="fill-foreground text-[12px] font-semibold"
            >
              {p.a.auto.overall}
            </text>
            <text x={p.cx} y={height - 10} textAnchor="middle" className="fill-current text-[11px]">
              #{p.a.attempt}
            </text>
          </g>
        ))}
      </svg>
      <div className="overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-sm">
          <caption className="sr-only">Your attempts, oldest first</caption>
          <thead className="border-b text-left text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Attempt
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Submitted
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Words
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Overall
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Coach
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {attempts.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link
                    href={`/practice/answers/${a.id}`}
                    className="underline-offset-4 hover:underline"
                  >
                    Attempt {a.attempt}
                  </Link>
                </th>
                <td className="px-3 py-2 text-muted-foreground">
                  <LocalTime value={a.submittedAt} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{a.wordCount}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {a.auto ? (
                    <>
                      <span className="font-semibold">{a.auto.overall}</span>{" "}
                      <span className="text-xs text-muted-foreground">
                        {getScoreBand(a.auto.overall).label}
                      </span>
                    </>
                  ) : (
                    <span className="text-muted-foreground">Not scored</span>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {a.coach ? a.coach.overall : <span className="text-muted-foreground">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
