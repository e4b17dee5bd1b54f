import { getScoreBand } from "@debrief/ui";
import { scaleLinear } from "@visx/scale";
import { LinePath } from "@visx/shape";
import Link from "next/link";
import { ScoreGrid } from "~/components/charts/score-grid";
import { LocalTime } from "~/components/local-time";
import { type AttemptSummary, isScored } from "./types";

const width = 640;
const height = 220;
const pad = { top: 24, right: 24, bottom: 32, left: 40 };

/**
 * Overall score per attempt: a small line chart from visx primitives (one accessible name that
 * says the numbers) with the same data as a table, which is also the way to each attempt's
 * score card. An unscorable attempt has no point on the chart and reads "Not scored" in the
 * table.
 */
export function OverallTrend({ attempts }: { attempts: AttemptSummary[] }) {
  const scored = attempts.filter(isScored);
  // One attempt sits in the middle: a domain with width around it.
  const x = scaleLinear({
    domain: scored.length === 1 ? [-1, 1] : [0, scored.length - 1],
    range: [pad.left, width - pad.right],
  });
  const y = scaleLinear({ domain: [0, 100], range: [height - pad.bottom, pad.top] });
  const points = scored.map((a, i) => ({ a, cx: x(i), cy: y(a.auto.overall) }));
  const summary = attempts
    .map((a) => `attempt ${a.attempt}: ${a.auto ? a.auto.overall : "not scored"}`)
    .join(", ");

  return (
    <div className="flex flex-col gap-4">
      {scored.length === 0 ? (
        // Only "Not scored" attempts: an empty chart would read as a broken one.
        <p className="text-sm text-muted-foreground">
          No scored attempt yet, so there is no trend to draw. Revise the answer to get a score.
        </p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Overall score by attempt, out of 100 — ${summary}`}
          className="h-auto w-full max-w-3xl text-muted-foreground"
        >
          <ScoreGrid ticks={[0, 25, 50, 75, 100]} y={y} left={pad.left} right={width - pad.right} />
          {points.length > 1 ? (
            <LinePath
              data={points}
              x={(p) => p.cx}
              y={(p) => p.cy}
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
              <text
                x={p.cx}
                y={height - 10}
                textAnchor="middle"
                className="fill-current text-[11px]"
              >
                #{p.a.attempt}
              </text>
            </g>
          ))}
        </svg>
      )}
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
