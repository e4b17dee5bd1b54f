import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { DashboardSection } from "~/components/dashboard/dashboard-sections";
import { getServerCaller } from "~/trpc/server";

/**
 * The lead's view of regrades: per coach whose review was challenged, how many requests came in
 * and how they were decided. All time, not the dashboard's range: requests are few, and a lead
 * looks for a pattern per coach, not a trend.
 */
export async function RegradeCounts({ cohortId }: { cohortId: string }) {
  const caller = await getServerCaller();
  const rows = await caller.regrades.byCoach({ cohortId });
  const columns = ["Requested", "Accepted", "Declined", "Pending"] as const;
  return (
    <DashboardSection
      id="regrades"
      title="Regrade requests"
      description="Requests from candidates to look again at a released review, per coach who wrote it, since the cohort began."
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No candidate has asked for a regrade yet.</p>
      ) : (
        <Table containerProps={{ className: "rounded-lg border" }}>
          <TableCaption className="sr-only">Regrade requests per coach</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Coach</TableHead>
              {columns.map((c) => (
                <TableHead key={c} scope="col" className="text-right">
                  {c}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.coachId}>
                <TableHead scope="row" className="font-medium">
                  {row.coachName}
                </TableHead>
                <TableCell className="text-right tabular-nums">{row.requested}</TableCell>
                <TableCell className="text-right tabular-nums">{row.accepted}</TableCell>
                <TableCell className="text-right tabular-nums">{row.declined}</TableCell>
                <TableCell className="text-right tabular-nums">{row.pending}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DashboardSection>
  );
}
