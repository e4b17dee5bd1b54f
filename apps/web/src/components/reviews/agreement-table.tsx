import {
  cn,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import type { ComponentProps, ReactNode } from "react";
import { RowHeader } from "~/components/row-header";

/** Agreement between a coach's submitted grades and the engine on one dimension (rates 0–1). */
export interface DimensionAgreementRow {
  dimension: string;
  n: number;
  exact: number;
  withinOne: number;
  qwk: number | null;
}

// Landis & Koch's customary bands for kappa, in words a coach or a lead can act on.
export function kappaWords(qwk: number | null): string {
  if (qwk === null) return "Not enough reviews";
  if (qwk < 0.2) return "Slight";
  if (qwk < 0.4) return "Fair";
  if (qwk < 0.6) return "Moderate";
  if (qwk < 0.8) return "Substantial";
  return "Almost perfect";
}

/** A rate as a whole percentage; no reviews means no rate to show. */
function percent(rate: number, n: number): string {
  return n === 0 ? "—" : `${Math.round(rate * 100)}%`;
}

/**
 * Per dimension: how often coach and engine gave the same score, within one point, and the
 * weighted kappa in numbers and words (low agreement stands out). The coach's agreement page and
 * the lead's dashboard show the same table.
 */
export function AgreementTable({
  rows,
  labelOf,
  caption,
  captionClassName,
  containerProps,
  countLabel = "Reviews",
}: {
  rows: readonly DimensionAgreementRow[];
  /** What `n` counts: reviews (engine–coach) or double-scored answers (coach–coach). */
  countLabel?: string;
  labelOf: (dimension: string) => string;
  caption: ReactNode;
  captionClassName?: string;
  containerProps?: ComponentProps<typeof Table>["containerProps"];
}) {
  return (
    <Table containerProps={containerProps}>
      <TableCaption className={captionClassName}>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Dimension</TableHead>
          <TableHead scope="col" className="text-right">
            {countLabel}
          </TableHead>
          <TableHead scope="col" className="text-right">
            Exact match
          </TableHead>
          <TableHead scope="col" className="text-right">
            Within one point
          </TableHead>
          <TableHead scope="col">Weighted kappa</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((d) => (
          <TableRow key={d.dimension}>
            <RowHeader className="font-medium">{labelOf(d.dimension)}</RowHeader>
            <TableCell className="text-right tabular-nums">{d.n}</TableCell>
            <TableCell className="text-right tabular-nums">{percent(d.exact, d.n)}</TableCell>
            <TableCell className="text-right tabular-nums">{percent(d.withinOne, d.n)}</TableCell>
            <TableCell>
              <span className="inline-flex items-baseline gap-2">
                <span className="font-medium tabular-nums">
                  {d.qwk === null ? "—" : d.qwk.toFixed(2)}
                </span>
                <span
                  className={cn(
                    "text-xs",
                    d.qwk !== null && d.qwk < 0.4
                      ? "font-medium text-warning"
                      : "text-muted-foreground",
                  )}
                >
                  {kappaWords(d.qwk)}
                </span>
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
