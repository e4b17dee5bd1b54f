import { HistoryIcon } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";
import { ScorePill } from "./score-pill";
import type { RecentAttempt } from "./types";

/** The latest submitted attempts, each linking to its score card. */
export function RecentAttempts({ attempts }: { attempts: RecentAttempt[] }) {
  if (attempts.length === 0) {
    return (
      <p className="flex items-center gap-2 rounded-lg border border-dashed px-4 py-6 text-sm text-muted-foreground">
        <HistoryIcon aria-hidden className="size-4 shrink-0" />
        No attempts yet. Your submitted answers and their scores appear here.
      </p>
    );
  }
  return (
    <ul className="divide-y rounded-lg border bg-card">
      {attempts.map((attempt) => (
        <li key={attempt.id} className="flex items-center justify-between gap-3 px-4 py-3">
          <div className="flex min-w-0 flex-col">
            <Link
              href={`/practice/answers/${attempt.id}`}
              className="line-clamp-2 text-sm font-medium underline-offset-4 hover:underline"
            >
              {attempt.question.title}
            </Link>
            <span className="text-xs text-muted-foreground">
              {kindLabel(attempt.question.kind)} · attempt {attempt.attempt} ·{" "}
              <LocalTime value={attempt.submittedAt} />
            </span>
          </div>
          {/* An unscorable attempt (not an answer) has no score. */}
          <ScorePill score={attempt.overall} nullLabel="Not scored" />
        </li>
      ))}
    </ul>
  );
}
