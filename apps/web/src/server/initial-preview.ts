import "server-only";
import { type QuestionKind, scoreAnswer } from "@debrief/core";
import type { InitialPreview } from "~/components/answers/use-score-preview";

/**
 * The editor's first score preview, computed here: a page that opens on a saved draft or an
 * example answer then shows its score without loading the ~1 MB engine in the browser, which
 * waits for the first edit.
 */
export function initialPreview(
  kind: QuestionKind,
  prompt: string,
  text: string,
): InitialPreview | null {
  if (text.trim() === "") return null;
  const result = scoreAnswer({ kind, prompt, answer: text });
  return {
    kind,
    prompt,
    text,
    score:
      result.status === "scored"
        ? {
            overall: result.overall,
            dimensions: { ...result.dimensions },
            flags: [...result.flags],
          }
        : { unscorable: result.message },
  };
}
