import { MessageSquareTextIcon } from "lucide-react";

/**
 * The key to <EvidenceText>'s cues: underline styles and glyphs for "supports" and "hurts", the
 * coach-comment cue when there are comments, and how to read the notes. Static markup: render it
 * on the server and pass it as EvidenceText's `legend`.
 */
export function EvidenceLegend({ hasComments }: { hasComments: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
      <span className="inline-flex items-center gap-1.5">
        <span className="underline decoration-evidence-supports decoration-solid decoration-2 underline-offset-4">
          text
        </span>
        <span
          aria-hidden
          className="inline-flex size-3.5 items-center justify-center rounded-full bg-evidence-supports text-[9px] font-bold text-card"
        >
          ✓
        </span>
        supports a dimension
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span className="underline decoration-evidence-hurts decoration-wavy decoration-2 underline-offset-4">
          text
        </span>
        <span
          aria-hidden
          className="inline-flex size-3.5 items-center justify-center rounded-full bg-evidence-hurts text-[9px] font-bold text-card"
        >
          !
        </span>
        hurts a dimension
      </span>
      {hasComments ? (
        <span className="inline-flex items-center gap-1.5">
          <span className="underline decoration-evidence-comment decoration-dotted decoration-2 underline-offset-4">
            text
          </span>
          <MessageSquareTextIcon aria-hidden className="size-3.5 text-evidence-comment" />
          coach comment
        </span>
      ) : null}
      <span>Hover or focus a highlight for the note; arrow keys move between highlights.</span>
    </p>
  );
}
