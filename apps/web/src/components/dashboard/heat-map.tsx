"use client";

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
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatLevel, formatOverall } from "~/lib/format";
import { reportHref } from "./dashboard-params";
import { levelTint, overallTint } from "./score-tint";

export interface HeatMapRow {
  id: string;
  name: string;
  answers: number;
  overall: number | null;
  dimensions: Record<string, number | null>;
}

type SortKey = "name" | "overall" | `dimension:${string}`;
type Direction = "ascending" | "descending";

function sortValue(row: HeatMapRow, key: SortKey): number | null {
  if (key === "overall") return row.overall;
  if (key.startsWith("dimension:")) return row.dimensions[key.slice("dimension:".length)] ?? null;
  return null;
}

/**
 * Candidate × dimension levels. Sorting happens here in the browser: the server already sent
 * every row, and a lead flips between columns far faster than a round trip would allow.
 */
export function HeatMap({
  cohortId,
  candidates,
  dimensions,
}: {
  cohortId: string;
  candidates: HeatMapRow[];
  dimensions: { key: string; label: string }[];
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: "name",
    direction: "ascending",
  });

  const rows = useMemo(() => {
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...candidates].sort((a, b) => {
      if (sort.key === "name") return sign * a.name.localeCompare(b.name);
      const av = sortValue(a, sort.key);
      const bv = sortValue(b, sort.key);
      // Candidates without a score sort last either way: they are not "the weakest".
      if (av === null || bv === null) {
        if (av === bv) return a.name.localeCompare(b.name);
        return av === null ? 1 : -1;
      }
      return sign * (av - bv) || a.name.localeCompare(b.name);
    });
  }, [candidates, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : // Scores start weakest first: that is where a lead steps in.
          { key, direction: "ascending" },
    );

  const header = (key: SortKey, label: string, className?: string) => {
    const isActive = sort.key === key;
    const Icon = !isActive
      ? ArrowUpDownIcon
      : sort.direction === "ascending"
        ? ArrowUpIcon
        : ArrowDownIcon;
    return (
      <TableHead
        key={key}
        aria-sort={isActive ? sort.direction : "none"}
        className={cn("px-1 align-bottom", className)}
      >
        <button
          type="button"
          onClick={() => toggle(key)}
          className={cn(
            "inline-flex w-full items-center gap-1 rounded-md px-1.5 py-1 text-left text-xs font-medium hover:bg-accent",
            isActive ? "text-foreground" : "text-muted-foreground",
          )}
        >
          {label}
          <Icon aria-hidden className={cn("size-3.5 shrink-0", !isActive && "opacity-50")} />
        </button>
      </TableHead>
    );
  };

  return (
    <Table className="min-w-[52rem] table-fixed">
      <TableCaption className="pb-1 text-left">
        Recent level per candidate: the latest attempt at each question, the coach's score where
        there is one, else the engine's. Dimensions 0–4, overall 0–100. Select a score to see the
        answers behind it.
      </TableCaption>
      <colgroup>
        <col className="w-48" />
        <col className="w-20" />
        {dimensions.map((d) => (
          <col key={d.key} />
        ))}
      </colgroup>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {header("name", "Candidate")}
          {header("overall", "Overall")}
          {dimensions.map((d) => header(`dimension:${d.key}`, d.label))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const href = reportHref(cohortId, row.id);
          return (
            <TableRow key={row.id} className="hover:bg-transparent">
              <TableCell className="truncate py-1 pr-2 pl-2.5">
                <Link href={href} className="font-medium underline-offset-4 hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs text-muted-foreground tabular-nums">
                  {row.answers === 1 ? "1 answer" : `${row.answers} answers`}
                </span>
              </TableCell>
              <ScoreCell
                href={`${href}#recent-answers`}
                text={formatOverall(row.overall)}
                tint={overallTint(row.overall)}
                label={`${row.name}, overall`}
                isStrong
              />
              {dimensions.map((d) => {
                const level = row.dimensions[d.key] ?? null;
                return (
                  <ScoreCell
                    key={d.key}
                    href={`${href}#dimension-${d.key}`}
                    text={formatLevel(level)}
                    tint={levelTint(level)}
                    label={`${row.name}, ${d.label}`}
                  />
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ScoreCell({
  href,
  text,
  tint,
  label,
  isStrong = false,
}: {
  href: string;
  text: string;
  tint: string;
  label: string;
  isStrong?: boolean;
}) {
  if (text === "—") {
    return (
      <TableCell className="p-0.5 text-center text-muted-foreground">
        <span aria-hidden>—</span>
        <span className="sr-only">{`${label}: no answers yet`}</span>
      </TableCell>
    );
  }
  return (
    <TableCell className="p-0.5">
      <Link
        href={href}
        aria-label={`${label}: ${text}, see the answers`}
        className={cn(
          "flex h-10 items-center justify-center rounded-md text-sm tabular-nums outline-offset-1 ring-foreground/40 hover:ring-2",
          isStrong && "font-semibold",
          tint,
        )}
      >
        {text}
      </Link>
    </TableCell>
  );
}
