import { BookOpenCheckIcon } from "lucide-react";

/** The prompt, the kind's coaching and the example answer (behind a disclosure, labelled as one). */
export function QuestionBrief({
  prompt,
  guidance,
  exampleAnswer,
  kindLabel,
}: {
  prompt: string;
  guidance: string;
  exampleAnswer: string;
  kindLabel: string;
}) {
  return (
    <section
      aria-labelledby="prompt-heading"
      className="flex flex-col gap-4 rounded-xl border bg-card p-5"
    >
      <div className="flex flex-col gap-2">
        <h2
          id="prompt-heading"
          className="text-xs font-medium uppercase tracking-wide text-muted-foreground"
        >
          The question
        </h2>
        <p className="text-lg leading-relaxed text-pretty whitespace-pre-line">{prompt}</p>
      </div>
      {guidance ? (
        <div className="flex flex-col gap-1.5 border-t pt-4">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <BookOpenCheckIcon aria-hidden className="size-4 text-primary" />
            What a strong {kindLabel.toLowerCase()} answer covers
          </h3>
          <p className="max-w-prose text-sm leading-relaxed text-muted-foreground whitespace-pre-line">
            {guidance}
          </p>
        </div>
      ) : null}
      {exampleAnswer ? (
        <details className="group rounded-lg border bg-muted/40 [&_summary::-webkit-details-marker]:hidden">
          <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-2.5 text-sm font-medium hover:bg-muted">
            <span>Show an example answer</span>
            <span
              aria-hidden
              className="text-muted-foreground transition-transform group-open:rotate-90"
            >
              ›
            </span>
          </summary>
          <div className="flex flex-col gap-2 border-t px-4 py-3">
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
              Example answer · one strong way to answer, not a script
            </p>
            <p className="max-w-prose text-sm leading-relaxed whitespace-pre-wrap">
              {exampleAnswer}
            </p>
          </div>
        </details>
      ) : null}
    </section>
  );
}
