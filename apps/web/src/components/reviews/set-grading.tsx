import { Button, Progress } from "@debrief/ui";
import { CircleCheckIcon, ListChecksIcon } from "lucide-react";
import Link from "next/link";
import { questionGradingHref } from "./grade-by-question-links";

export interface SetGradingRow {
  questionId: string;
  title: string;
  kindLabel: string;
  graded: number;
  total: number;
}

/**
 * The set page's way into grading by question: each question with how many of the candidates'
 * latest attempts are graded, and a link to grade them one candidate after another.
 */
export function SetGrading({ setId, rows }: { setId: string; rows: SetGradingRow[] }) {
  const nextUp = rows.find((row) => row.graded < row.total);
  return (
    <section aria-labelledby="grading-heading" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id="grading-heading" className="text-lg font-semibold">
          Grade by question
        </h2>
        <p className="text-sm text-muted-foreground">
          Grade one question across every candidate before the next, for consistent grades. Each
          candidate&apos;s latest attempt counts.
        </p>
      </div>
      <ol className="divide-y rounded-xl border bg-card" data-testid="set-grading">
        {rows.map((row, index) => {
          const isDone = row.total > 0 && row.graded >= row.total;
          // One call to action: the first question with answers still to grade.
          const isNextUp = row.questionId === nextUp?.questionId;
          const progressId = `grading-progress-${row.questionId}`;
          return (
            <li
              key={row.questionId}
              className="grid grid-cols-[1.5rem_minmax(0,1fr)] items-center gap-x-3 gap-y-2 px-4 py-3 sm:grid-cols-[1.5rem_minmax(0,1fr)_14rem_auto]"
            >
              <span className="text-xs text-muted-foreground tabular-nums">{index + 1}</span>
              <span className="flex min-w-0 flex-col">
                <span className="truncate text-sm font-medium">{row.title}</span>
                <span className="text-xs text-muted-foreground">{row.kindLabel}</span>
              </span>
              <span className="col-start-2 flex items-center gap-2 sm:col-start-auto">
                <Progress
                  value={row.graded}
                  max={Math.max(row.total, 1)}
                  aria-labelledby={progressId}
                  className="w-24"
                  indicatorClassName={isDone ? "bg-success" : undefined}
                />
                <span id={progressId} className="text-sm tabular-nums text-muted-foreground">
                  {row.total === 0 ? "No answers yet" : `${row.graded} of ${row.total} graded`}
                </span>
                {isDone ? <CircleCheckIcon aria-hidden className="size-4 text-success" /> : null}
              </span>
              <span className="col-start-2 sm:col-start-auto sm:justify-self-end">
                <Button asChild variant={isNextUp ? "default" : "outline"} size="sm">
                  <Link
                    href={questionGradingHref(setId, row.questionId)}
                    aria-label={`Grade by question: ${row.title}`}
                  >
                    <ListChecksIcon aria-hidden /> Grade by question
                  </Link>
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
