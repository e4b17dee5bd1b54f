"use client";

import type { QuestionKind } from "@debrief/core/rubric";
import { useEffect, useState } from "react";

type Core = typeof import("@debrief/core");

// The engine ships an English NLP model of about 1 MB gzipped: it loads on demand, once per page, after the
// candidate starts typing, so it never counts against the editor's first-load JavaScript.
let corePromise: Promise<Core> | null = null;
function loadCore(): Promise<Core> {
  corePromise ??= import("@debrief/core");
  return corePromise;
}

export interface PreviewScore {
  overall: number;
  dimensions: Record<string, number>;
  flags: readonly string[];
}

/** The engine's result for the text: a score, or why the text cannot be scored. */
export type PreviewResult = PreviewScore | { unscorable: string };

/** A score the server already computed for a text, so showing it needs no engine in the page. */
export interface InitialPreview {
  kind: QuestionKind;
  prompt: string;
  text: string;
  score: PreviewResult;
}

export type PreviewState =
  | { kind: "empty" }
  | { kind: "loading"; last: PreviewResult | null }
  | { kind: "ready"; score: PreviewResult }
  | { kind: "failed" };

/**
 * Scores the text in the browser, debounced: the same engine the server runs at submit. While
 * the text is still the one the server scored (`initial`: a saved draft, a question's example
 * answer) that score is shown and the engine is not loaded; the first edit loads it.
 */
export function useScorePreview(
  kind: QuestionKind,
  prompt: string,
  text: string,
  { delayMs = 600, initial = null }: { delayMs?: number; initial?: InitialPreview | null } = {},
): PreviewState {
  const isInitial =
    initial !== null && initial.text === text && initial.kind === kind && initial.prompt === prompt;
  const initialScore = isInitial ? initial.score : null;
  const [state, setState] = useState<PreviewState>(
    initialScore ? { kind: "ready", score: initialScore } : { kind: "empty" },
  );
  const isEmpty = text.trim() === "";

  useEffect(() => {
    if (isEmpty) {
      setState({ kind: "empty" });
      return;
    }
    if (initialScore) {
      setState({ kind: "ready", score: initialScore });
      return;
    }
    let isCancelled = false;
    setState((current) =>
      current.kind === "ready"
        ? { kind: "loading", last: current.score }
        : current.kind === "loading"
          ? current
          : { kind: "loading", last: null },
    );
    const timer = setTimeout(() => {
      loadCore()
        .then((core) => {
          if (isCancelled) return;
          const result = core.scoreAnswer({ kind, prompt, answer: text });
          setState({
            kind: "ready",
            score:
              result.status === "scored"
                ? { overall: result.overall, dimensions: result.dimensions, flags: result.flags }
                : { unscorable: result.message },
          });
        })
        .catch(() => {
          if (!isCancelled) setState({ kind: "failed" });
        });
    }, delayMs);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [delayMs, initialScore, isEmpty, kind, prompt, text]);

  return state;
}
