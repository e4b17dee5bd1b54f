"use client";

import type { QuestionKind } from "@debrief/core";
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

export type PreviewState =
  | { kind: "empty" }
  | { kind: "loading"; last: PreviewScore | null }
  | { kind: "ready"; score: PreviewScore }
  | { kind: "failed" };

/** Scores the text in the browser, debounced: the same engine the server runs at submit. */
export function useScorePreview(
  kind: QuestionKind,
  prompt: string,
  text: string,
  delayMs = 600,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: "empty" });
  const isEmpty = text.trim() === "";

  useEffect(() => {
    if (isEmpty) {
      setState({ kind: "empty" });
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
            score: { overall: result.overall, dimensions: result.dimensions, flags: result.flags },
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
  }, [delayMs, isEmpty, kind, prompt, text]);

  return state;
}
