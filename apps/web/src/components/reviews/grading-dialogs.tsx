"use client";

import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@debrief/ui";
import { useEffect, useRef } from "react";
import { LocalTime } from "~/components/local-time";
import type { ReviewDetail } from "./types";

// The grading panel's two dialogs, loaded only when one opens (see grading-panel.tsx).

/**
 * Where "Review submitted" leads. The queue by default; grading by question passes the next
 * ungraded attempt at the same question instead.
 */
export interface GradingFlow {
  nextHref: string | null;
  nextLabel: string;
  /** Said when there is a next one, and when there is not. */
  readyText: string;
  doneText: string;
  backHref: string;
  backLabel: string;
}

/** Another coach's save won: what they saved, for the conflict dialog. */
export interface Conflict {
  message: string;
  theirs: ReviewDetail["review"];
}

export function SubmittedDialog({
  submitted,
  flow,
  candidateName,
  onNext,
  onStay,
}: {
  submitted: { nextAnswerId: string | null; isHeld: boolean } | null;
  flow?: GradingFlow;
  candidateName: string;
  onNext: (href: string) => void;
  onStay: () => void;
}) {
  const queueNext = submitted?.nextAnswerId ? `/coach/review/${submitted.nextAnswerId}` : null;
  const next = flow ? flow.nextHref : queueNext;
  const nextRef = useRef<HTMLButtonElement>(null);
  // The dialog's showModal() focuses its first control; Enter should take the coach on instead.
  // This effect runs after the dialog's own layout effect has opened it.
  useEffect(() => {
    if (submitted && next) nextRef.current?.focus();
  }, [submitted, next]);
  return (
    <Dialog open={submitted !== null} onOpenChange={(open) => (open ? undefined : onStay())}>
      <DialogContent className="max-w-md" data-testid="review-submitted">
        <DialogHeader>
          <DialogTitle>Review submitted</DialogTitle>
          <DialogDescription>
            {submitted?.isHeld
              ? `Held: ${candidateName} sees it when you publish this set's reviews from the set page.`
              : `${candidateName} can read it now, and has been told.`}{" "}
            {flow
              ? next
                ? flow.readyText
                : flow.doneText
              : next
                ? "The next answer in your queue is ready."
                : "Your queue is empty."}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter className="gap-2 sm:justify-between">
          <Button variant="ghost" onClick={onStay}>
            Back to this review
          </Button>
          <div className="flex flex-col-reverse gap-2 sm:flex-row">
            <Button variant="outline" onClick={() => onNext(flow?.backHref ?? "/coach/queue")}>
              {flow?.backLabel ?? "Review queue"}
            </Button>
            {next ? (
              <Button ref={nextRef} onClick={() => onNext(next)}>
                {flow?.nextLabel ?? "Next answer"}
              </Button>
            ) : null}
          </div>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

export function ConflictDialog({
  conflict,
  labelOf,
  onReload,
  onClose,
}: {
  conflict: Conflict | null;
  labelOf: (key: string) => string;
  onReload: () => void;
  onClose: () => void;
}) {
  const theirs = conflict?.theirs;
  return (
    <Dialog open={conflict !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent role="alertdialog" className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Another coach saved this review first</DialogTitle>
          <DialogDescription>
            {conflict?.message} Your changes were not saved, and theirs were not overwritten.
          </DialogDescription>
        </DialogHeader>
        {theirs ? (
          <section aria-label="Their grade" className="flex flex-col gap-3 text-sm">
            <p>
              <span className="font-medium">{theirs.reviewerName}</span>
              {theirs.submittedAt ? (
                <>
                  {" "}
                  submitted <LocalTime value={theirs.submittedAt} />
                </>
              ) : (
                " saved a draft"
              )}
              {" · overall "}
              <span className="font-semibold tabular-nums">{theirs.overall}</span>
            </p>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
              {Object.entries(theirs.dimensions as Record<string, number>).map(([key, score]) => (
                <div key={key} className="flex justify-between gap-2">
                  <dt className="text-muted-foreground">{labelOf(key)}</dt>
                  <dd className="font-medium tabular-nums">{score}</dd>
                </div>
              ))}
            </dl>
            {theirs.overallComment ? (
              <blockquote className="border-l-4 pl-3 whitespace-pre-wrap text-muted-foreground">
                {theirs.overallComment}
              </blockquote>
            ) : null}
          </section>
        ) : null}
        <p className="text-sm text-muted-foreground">
          Reload to see their review and continue from it. Copy anything of yours you want to keep
          first.
        </p>
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Keep my edits on screen
          </Button>
          <Button onClick={onReload}>Reload</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
