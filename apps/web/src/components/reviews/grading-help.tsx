import { Kbd } from "@debrief/ui";
import type { ReactNode } from "react";
import { gradingKeysId } from "./grading-ids";

/** The grading panel's instructions: static, so the review page renders them on the server. */
export interface GradingHelp {
  /** Under "Your grade". */
  grade: ReactNode;
  /** Under "Comments on the text". */
  comments: ReactNode;
  /** The keyboard help under the form; the score groups point at it by `gradingKeysId`. */
  keys: ReactNode;
}

export function gradingHelp(engineVersion: string): GradingHelp {
  return {
    grade: (
      <>
        <p className="text-sm text-muted-foreground">
          Pre-filled with the engine&apos;s scores. Accept each, or change it and say why.
        </p>
        <p className="text-xs text-muted-foreground">Scored by engine version {engineVersion}</p>
      </>
    ),
    comments: (
      <p className="text-sm text-muted-foreground">
        Select words in the answer, or type a phrase from it, then write your comment.
      </p>
    ),
    keys: (
      <p className="text-xs text-muted-foreground" id={gradingKeysId}>
        <Kbd>G</Kbd> jumps here; <Kbd>0</Kbd>–<Kbd>4</Kbd> scores the dimension in focus and moves
        on. <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> (<Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> on a Mac) submits.
      </p>
    ),
  };
}
