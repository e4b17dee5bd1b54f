import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  Progress,
} from "@debrief/ui";
import {
  CalendarClockIcon,
  CircleCheckIcon,
  CircleDashedIcon,
  ClipboardListIcon,
} from "lucide-react";
import Link from "next/link";
import type { MyAssignment } from "~/components/answers/types";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";

/** The coach's sets for this candidate: due date (overdue in words and colour), progress, questions. */
export function AssignmentList({ assignments }: { assignments: MyAssignment[] }) {
  if (assignments.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        icon={<ClipboardListIcon />}
        title="No assignments yet"
        body="Your coach's question sets appear here, with their due dates. Until then, pick any question below."
      />
    );
  }
  return (
    <ul className="grid grid-cols-1 gap-4">
      {assignments.map((assignment) => (
        <li key={assignment.id}>
          <AssignmentCard assignment={assignment} />
        </li>
      ))}
    </ul>
  );
}

function AssignmentCard({ assignment }: { assignment: MyAssignment }) {
  const { total, completed } = assignment;
  const isDone = total > 0 && completed >= total;
  const progressId = `assignment-progress-${assignment.id}`;
  const nextQuestion = assignment.questions.find((q) => !q.isAnswered);
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          {assignment.set.title}
        </CardTitle>
        {/* CardDescription, not a bare <p>: the header grid puts undeclared children in its
            narrow side column, which squeezed the title into a word per line. */}
        <CardDescription>
          {assignment.cohortName}
          {assignment.set.description ? ` · ${assignment.set.description}` : ""}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <DueDate dueAt={assignment.dueAt} isOverdue={assignment.isOverdue && !isDone} />
          <span id={progressId} className="text-muted-foreground">
            {completed} of {total} answered
          </span>
          {isDone ? (
            <Badge variant="success">
              <CircleCheckIcon aria-hidden /> Complete
            </Badge>
          ) : null}
        </div>
        <Progress value={completed} max={Math.max(total, 1)} aria-labelledby={progressId} />
        <ul className="grid grid-cols-1 gap-1.5">
          {assignment.questions.map((question) => (
            <li key={question.id} className="flex items-center gap-2 text-sm">
              {question.isAnswered ? (
                <CircleCheckIcon aria-hidden className="size-4 shrink-0 text-success" />
              ) : (
                <CircleDashedIcon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              )}
              <Link
                href={`/practice/questions/${question.id}?assignment=${assignment.id}`}
                className="min-w-0 truncate underline-offset-4 hover:underline"
              >
                {question.title}
              </Link>
              <span className="shrink-0 text-xs text-muted-foreground">
                {kindLabel(question.kind)}
                <span className="sr-only">
                  , {question.isAnswered ? "answered" : "not answered yet"}
                </span>
              </span>
            </li>
          ))}
        </ul>
        {nextQuestion ? (
          <div>
            <Button asChild size="sm">
              <Link href={`/practice/questions/${nextQuestion.id}?assignment=${assignment.id}`}>
                {completed === 0 ? "Start this set" : "Continue this set"}
              </Link>
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

function DueDate({ dueAt, isOverdue }: { dueAt: Date | string | null; isOverdue: boolean }) {
  if (!dueAt) return <span className="text-muted-foreground">No due date</span>;
  if (isOverdue) {
    return (
      <Badge variant="destructive" className="text-sm">
        <CalendarClockIcon aria-hidden /> Overdue · was due{" "}
        <LocalTime value={dueAt} format="date" />
      </Badge>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5">
      <CalendarClockIcon aria-hidden className="size-4 text-muted-foreground" />
      Due <LocalTime value={dueAt} format="date" />
    </span>
  );
}
