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
import { RowHeader } from "~/components/row-header";

export interface GradeColumn {
  title: string;
  detail?: string;
  scores: Record<string, number>;
  overall: number;
}

/**
 * Grades of one answer side by side, a row per dimension; the rows where the two coaches are two
 * or more apart are marked.
 */
export function GradesTable({
  dimensions,
  columns,
  disputed,
  caption,
}: {
  dimensions: readonly { key: string; label: string }[];
  columns: readonly GradeColumn[];
  disputed: readonly string[];
  caption: string;
}) {
  return (
    <Table containerProps={{ className: "rounded-lg border" }}>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Dimension</TableHead>
          {columns.map((c) => (
            <TableHead key={c.title} scope="col" className="text-right">
              <span className="flex flex-col items-end leading-tight">
                <span>{c.title}</span>
                {c.detail ? (
                  // The names are in the comments below too; a phone keeps the columns narrow.
                  <span className="hidden text-xs font-normal text-muted-foreground sm:block">
                    {c.detail}
                  </span>
                ) : null}
              </span>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {dimensions.map((d) => {
          const isDisputed = disputed.includes(d.key);
          return (
            <TableRow key={d.key} className={cn(isDisputed && "bg-warning/10")}>
              <RowHeader className="font-medium">
                {d.label}
                {isDisputed ? (
                  <span className="block text-xs font-medium text-warning sm:ml-2 sm:inline">
                    2+ apart
                  </span>
                ) : null}
              </RowHeader>
              {columns.map((c) => (
                <TableCell key={c.title} className="text-right tabular-nums">
                  {c.scores[d.key] ?? "—"}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
        <TableRow>
          <RowHeader className="font-semibold">Overall</RowHeader>
          {columns.map((c) => (
            <TableCell key={c.title} className="text-right font-semibold tabular-nums">
              {c.overall}
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
}
