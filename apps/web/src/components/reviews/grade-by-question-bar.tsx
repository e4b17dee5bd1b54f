"use client";

import { Button, Kbd, Progress } from "@debrief/ui";
import { ChevronLeftIcon, ChevronRightIcon, ListIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type MouseEvent, useEffect, useId, useRef, useState } from "react";
import { isTypingTarget } from "./grading-panel";

const unsavedQuestion =
  "Your grading of this answer is not saved. Leave it and lose the changes? (Cancel, then Save draft or Submit review, to keep them.)";

/** True when the coach may leave: nothing unsaved in the grading panel, or they said so. */
function mayLeave(): boolean {
  if (!document.querySelector("form[data-grading-form][data-dirty='true']")) return true;
  return window.confirm(unsavedQuestion);
}

/**
 * Grading by question: where this attempt sits among the candidates' latest attempts at the
 * question, how many are graded, and previous / next (buttons, or j / k outside a text field).
 */
export function GradeByQuestionBar({
  position,
  total,
  graded,
  questionHref,
  previousHref,
  nextHref,
}: {
  /** 1-based. */
  position: number;
  total: number;
  graded: number;
  questionHref: string;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const router = useRouter();
  const ids = useId();
  const hrefs = useRef({ previousHref, nextHref });
  hrefs.current = { previousHref, nextHref };
  // Set once the keyboard shortcuts listen (after hydration), for anyone who needs to know.
  const [isReady, setIsReady] = useState(false);

  useEffect(() => {
    setIsReady(true);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.key !== "j" && event.key !== "k") return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector("[role='dialog'],[role='alertdialog'],dialog[open]")) return;
      const href = event.key === "j" ? hrefs.current.nextHref : hrefs.current.previousHref;
      if (!href) return;
      event.preventDefault();
      if (mayLeave()) router.push(href);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);

  const guard = (event: MouseEvent) => {
    if (!mayLeave()) event.preventDefault();
  };

  return (
    <nav
      aria-label="Grade by question"
      data-testid="grade-by-question-bar"
      data-ready={isReady ? "true" : undefined}
      className="flex flex-col gap-3 rounded-xl border bg-card px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex min-w-0 flex-col gap-1.5">
        <div className="flex items-baseline justify-between gap-3">
          <p className="text-sm font-semibold" data-testid="grade-by-question-position">
            Candidate {position} of {total}
          </p>
          <Link
            href={questionHref}
            onClick={guard}
            className="inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline sm:hidden"
          >
            <ListIcon aria-hidden className="size-4" /> All candidates
          </Link>
        </div>
        <div className="flex items-center gap-2">
          <Progress
            value={graded}
            max={Math.max(total, 1)}
            aria-labelledby={`${ids}-graded`}
            className="w-28"
            indicatorClassName={total > 0 && graded >= total ? "bg-success" : undefined}
          />
          <span
            id={`${ids}-graded`}
            className="text-xs tabular-nums text-muted-foreground"
            data-testid="grade-by-question-progress"
          >
            {graded} of {total} graded
          </span>
        </div>
      </div>
      <div className="flex flex-col gap-1.5 sm:items-end">
        <div className="grid grid-cols-2 gap-2 sm:flex sm:items-center">
          <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
            <Link href={questionHref} onClick={guard}>
              <ListIcon aria-hidden /> All candidates
            </Link>
          </Button>
          {previousHref ? (
            <Button asChild variant="outline" size="sm">
              <Link href={previousHref} onClick={guard} aria-keyshortcuts="k">
                <ChevronLeftIcon aria-hidden /> Previous
              </Link>
            </Button>
          ) : (
            <Button variant="outline" size="sm" disabled>
              <ChevronLeftIcon aria-hidden /> Previous
            </Button>
          )}
          {nextHref ? (
            <Button asChild variant="outline" size="sm">
              <Link href={nextHref} onClick={guard} aria-keyshortcuts="j">
                Next <ChevronRightIcon aria-hidden />
              </Link>
            </Button>
          ) : (
            <Button variant="outline" size="sm" disabled>
              Next <ChevronRightIcon aria-hidden />
            </Button>
          )}
        </div>
        <p className="hidden text-xs text-muted-foreground sm:block">
          <Kbd>k</Kbd> / <Kbd>j</Kbd> previous / next candidate
        </p>
      </div>
    </nav>
  );
}
