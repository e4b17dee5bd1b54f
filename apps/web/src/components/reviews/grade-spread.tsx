import { cn } from "@debrief/ui";

export interface GradeSpreadData {
  count: number;
  overall: number[];
  meanOverall: number | null;
  dimensions: Record<string, number[]>;
}

const scale = [0, 1, 2, 3, 4] as const;

function bucketLabel(index: number, buckets: number): string {
  const from = index * 10;
  return index === buckets - 1 ? `${from}–100` : `${from}–${from + 9}`;
}

/**
 * The spread of the grades given so far for one question: the overall grade as a ten-bucket
 * histogram and, per dimension, how many grades gave each score 0–4 (a strip whose shade
 * deepens with the count). Both read as tables to a screen reader.
 */
export function GradeSpread({
  spread,
  dimensions,
}: {
  spread: GradeSpreadData;
  dimensions: ReadonlyArray<{ key: string; label: string }>;
}) {
  if (spread.count === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="grade-spread-empty">
        No grades yet. The spread fills in as you submit reviews, so you can see whether you are
        grading this question consistently.
      </p>
    );
  }
  const tallest = Math.max(1, ...spread.overall);
  const busiest = Math.max(1, ...Object.values(spread.dimensions).flat());
  return (
    <div className="flex flex-col gap-6" data-testid="grade-spread">
      <figure className="flex flex-col gap-2">
        <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
          <span className="font-medium">Overall grade</span>
          <span className="text-muted-foreground tabular-nums">
            {spread.count} {spread.count === 1 ? "grade" : "grades"} · mean {spread.meanOverall}
          </span>
        </figcaption>
        <div aria-hidden className="flex h-24 items-end gap-1 border-b border-border">
          {spread.overall.map((count, index) => (
            <div
              // Buckets are fixed positions on the axis.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              title={`${bucketLabel(index, spread.overall.length)}: ${count}`}
              className={cn("flex-1 rounded-t-sm", count > 0 ? "bg-primary/80" : "bg-muted")}
              style={{ height: count > 0 ? `${Math.max(8, (count / tallest) * 100)}%` : "2px" }}
            />
          ))}
        </div>
        <div
          aria-hidden
          className="flex justify-between text-[11px] text-muted-foreground tabular-nums"
        >
          <span>0</span>
          <span>50</span>
          <span>100</span>
        </div>
        <table className="sr-only">
          <caption>Overall grades by range</caption>
          <tbody>
            {spread.overall.map((count, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed buckets
              <tr key={index}>
                <th scope="row">{bucketLabel(index, spread.overall.length)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>

      <table className="w-full text-sm" data-testid="grade-spread-dimensions">
        <caption className="mb-2 text-left font-medium">
          Per dimension: how many grades gave each score
        </caption>
        <thead>
          <tr className="text-xs text-muted-foreground">
            <th scope="col" className="py-1 pr-2 text-left font-normal">
              <span className="sr-only">Dimension</span>
            </th>
            {scale.map((score) => (
              <th key={score} scope="col" className="w-9 py-1 text-center font-normal tabular-nums">
                {score}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dimensions.map(({ key, label }) => {
            const counts = spread.dimensions[key] ?? [0, 0, 0, 0, 0];
            return (
              <tr key={key}>
                <th scope="row" className="py-0.5 pr-2 text-left font-normal">
                  {label}
                </th>
                {scale.map((score) => {
                  const count = counts[score] ?? 0;
                  const share = count / busiest;
                  return (
                    <td key={score} className="p-0.5">
                      <span
                        className={cn(
                          "flex h-7 items-center justify-center rounded text-xs tabular-nums",
                          count === 0 && "bg-muted/60 text-muted-foreground",
                          count > 0 && share > 0.55 && "text-primary-foreground",
                        )}
                        style={
                          count > 0
                            ? {
                                backgroundColor: `color-mix(in oklab, var(--color-primary) ${Math.round(20 + share * 70)}%, transparent)`,
                              }
                            : undefined
                        }
                      >
                        {count}
                        <span className="sr-only">
                          {" "}
                          {count === 1 ? "grade" : "grades"} gave {score}
                        </span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
