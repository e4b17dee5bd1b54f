import {
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { LibraryIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "~/components/local-time";
import { CreateSetForm } from "~/components/question-sets/set-forms";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Question sets" };

export default async function QuestionSetsPage() {
  const viewer = await requireViewerRole("coach");
  const caller = await getServerCaller();
  const sets = await caller.questionSets.list({});
  const cohorts = viewer.cohorts.map((c) => ({ id: c.cohortId, name: c.cohortName }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Question sets"
        description="Ordered questions you assign to candidates with a due date."
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="sets-heading" className="flex flex-col gap-3">
          <h2 id="sets-heading" className="text-lg font-semibold">
            Your sets
          </h2>
          {sets.length === 0 ? (
            <EmptyState
              headingLevel={3}
              icon={<LibraryIcon />}
              title="No question sets yet"
              body="Create one with the form: give it a title, then add questions from the bank and assign it."
            />
          ) : (
            <div className="rounded-lg border bg-card">
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>Set</TableHead>
                    <TableHead>Cohort</TableHead>
                    <TableHead className="text-right">Questions</TableHead>
                    <TableHead className="text-right">Assigned</TableHead>
                    <TableHead>Updated</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {sets.map((set) => (
                    <TableRow key={set.id}>
                      <TableCell className="max-w-xs whitespace-normal">
                        <Link
                          href={`/coach/sets/${set.id}`}
                          className="font-medium underline-offset-4 hover:underline"
                        >
                          {set.title}
                        </Link>
                        {set.description ? (
                          <p className="line-clamp-1 text-xs text-muted-foreground">
                            {set.description}
                          </p>
                        ) : null}
                      </TableCell>
                      <TableCell className="text-sm text-muted-foreground">
                        {set.cohortName}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{set.itemCount}</TableCell>
                      <TableCell className="text-right tabular-nums">{set.assignedCount}</TableCell>
                      <TableCell className="text-sm text-muted-foreground">
                        <LocalTime value={set.updatedAt} format="date" />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
        <CreateSetForm cohorts={cohorts} />
      </div>
    </div>
  );
}
