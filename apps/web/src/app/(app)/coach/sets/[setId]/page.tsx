import { kindLabels } from "@debrief/core";
import {
  Badge,
  EmptyState,
  PageHeader,
  Progress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { CalendarClockIcon, CircleCheckIcon, UsersIcon } from "lucide-react";
import type { Metadata } from "next";
import { cache } from "react";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { RegradeWindowForm } from "~/components/question-sets/regrade-window-form";
import { AssignForm, SetDetailsForm } from "~/components/question-sets/set-forms";
import { GradingSettingsForm, PublishReviewsPanel } from "~/components/question-sets/set-grading";
import { SetItemsEditor } from "~/components/question-sets/set-items-editor";
import { BlindBadge } from "~/components/reviews/grading-badges";
import { SetGrading } from "~/components/reviews/set-grading";
import type { SetAssignment } from "~/components/reviews/types";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ setId: string }>;
}

const loadSet = cache(async (setId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.questionSets.get({ setId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const set = await loadSet((await params).setId);
  return { title: `Set: ${set.title}` };
}

export default async function QuestionSetPage({ params }: Props) {
  const viewer = await requireViewerRole("coach");
  const set = await loadSet((await params).setId);
  const caller = await getServerCaller();
  const [bank, members, assignments, progress, grading, regradeWindow] = await Promise.all([
    caller.questions.bank({ cohortId: set.cohortId }),
    caller.cohorts.members({ cohortId: set.cohortId }),
    caller.assignments.forSet({ setId: set.id }),
    caller.reviews.setProgress({ setId: set.id }),
    caller.questionSets.grading({ setId: set.id }),
    caller.questionSets.regradeWindow({ setId: set.id }),
  ]);
  const progressOf = new Map(progress.map((g) => [g.questionId, g]));
  const cohortName =
    viewer.cohorts.find((c) => c.cohortId === set.cohortId)?.cohortName ?? "Cohort";
  const candidates = members
    .filter((m) => m.role === "candidate")
    .map((m) => ({ id: m.userId, name: m.name, email: m.email }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[{ label: "Question sets", href: "/coach/sets" }, { label: cohortName }]}
          />
        }
        title={set.title}
        description={set.description || undefined}
        actions={
          grading.releaseMode === "on_publish" || grading.blind ? (
            <div className="flex flex-wrap gap-1.5">
              {grading.releaseMode === "on_publish" ? (
                <Badge variant="info">Reviews held until published</Badge>
              ) : null}
              {grading.blind ? <BlindBadge /> : null}
            </div>
          ) : undefined
        }
      />
      {assignments.length > 0 && set.items.length > 0 ? (
        <SetGrading
          setId={set.id}
          rows={set.items.map((item) => ({
            questionId: item.questionId,
            title: item.title,
            kindLabel: kindLabels[item.kind],
            graded: progressOf.get(item.questionId)?.graded ?? 0,
            total: progressOf.get(item.questionId)?.total ?? 0,
          }))}
        />
      ) : null}
      {grading.releaseMode === "on_publish" || grading.heldReviews > 0 ? (
        <PublishReviewsPanel setId={set.id} heldReviews={grading.heldReviews} />
      ) : null}
      <SetItemsEditor
        setId={set.id}
        initialItems={set.items.map((i) => ({
          questionId: i.questionId,
          title: i.title,
          kind: i.kind,
        }))}
        bank={bank
          .filter((q) => q.archivedAt === null)
          .map((q) => ({ questionId: q.id, title: q.title, kind: q.kind }))}
        kindLabels={kindLabels}
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments
          </h2>
          <Assignments assignments={assignments} />
        </section>
        <div className="flex flex-col gap-6">
          <AssignForm setId={set.id} candidates={candidates} />
          <GradingSettingsForm
            setId={set.id}
            initialReleaseMode={grading.releaseMode}
            initialBlind={grading.blind}
            heldReviews={grading.heldReviews}
          />
          <SetDetailsForm
            setId={set.id}
            initialTitle={set.title}
            initialDescription={set.description}
          />
          <RegradeWindowForm setId={set.id} initialDays={regradeWindow.regradeWindowDays} />
        </div>
      </div>
    </div>
  );
}

function Assignments({ assignments }: { assignments: SetAssignment[] }) {
  if (assignments.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        icon={<UsersIcon />}
        title="Not assigned yet"
        body="Assign the set to chosen candidates or the whole cohort with the form."
      />
    );
  }
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Candidate</TableHead>
            <TableHead>Due</TableHead>
            <TableHead>Progress</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {assignments.map((a) => {
            const isDone = a.total > 0 && a.completed >= a.total;
            const progressId = `progress-${a.id}`;
            return (
              <TableRow key={a.id} data-overdue={a.isOverdue && !isDone ? "true" : undefined}>
                <TableCell className="font-medium">{a.candidateName}</TableCell>
                <TableCell>
                  {a.isOverdue && !isDone ? (
                    <Badge variant="destructive">
                      <CalendarClockIcon aria-hidden /> Overdue ·{" "}
                      <LocalTime value={a.dueAt} format="date" />
                    </Badge>
                  ) : (
                    <span className="text-sm">
                      <LocalTime value={a.dueAt} format="date" />
                    </span>
                  )}
                </TableCell>
                <TableCell className="min-w-48">
                  <div className="flex items-center gap-3">
                    <Progress
                      value={a.completed}
                      max={Math.max(a.total, 1)}
                      aria-labelledby={progressId}
                      className="w-24"
                      indicatorClassName={isDone ? "bg-success" : undefined}
                    />
                    <span id={progressId} className="text-sm tabular-nums text-muted-foreground">
                      {a.completed} of {a.total} answered
                    </span>
                    {isDone ? (
                      <CircleCheckIcon aria-hidden className="size-4 text-success" />
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
