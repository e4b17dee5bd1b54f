import { questionKinds } from "@debrief/core/rubric";
import { ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import type { QuestionSummary } from "~/components/answers/types";
import { kindLabel } from "~/components/rubric/rubric-view";
import { pluralize } from "~/lib/format";

/** Free practice: one tile per question kind with how many questions it has and how many you tried. */
export function KindGrid({ questions }: { questions: QuestionSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {questionKinds.map((kind) => {
        const ofKind = questions.filter((q) => q.kind === kind);
        const practised = ofKind.filter((q) => q.attemptCount > 0).length;
        return (
          <li key={kind}>
            <Link
              href={`/practice/questions?kind=${kind}`}
              className="group flex items-center justify-between gap-3 rounded-lg border bg-card px-4 py-3 transition-colors hover:bg-accent"
            >
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">{kindLabel(kind)}</span>
                <span className="text-xs text-muted-foreground">
                  {pluralize(ofKind.length, "question")} · {practised} practised
                </span>
              </span>
              <ChevronRightIcon
                aria-hidden
                className="size-4 shrink-0 text-muted-foreground group-hover:text-foreground"
              />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
