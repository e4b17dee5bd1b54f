import { CornerDownRightIcon } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "~/components/local-time";

export interface WaitingReplyItem {
  answerId: string;
  candidateName: string;
  questionTitle: string;
  attempt: number;
  excerpt: string;
  repliedAt: Date;
}

/** Above the queue: reviewed answers whose candidate replied and is waiting for a coach. */
export function RepliesWaiting({ items }: { items: readonly WaitingReplyItem[] }) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="replies-waiting-heading"
      className="flex flex-col gap-3 rounded-xl border border-evidence-comment/40 bg-card p-4"
    >
      <h2 id="replies-waiting-heading" className="text-base font-semibold">
        Replies waiting for you ({items.length})
      </h2>
      <ul className="flex flex-col divide-y">
        {items.map((item) => (
          <li key={item.answerId} className="flex flex-col gap-1 py-2 text-sm first:pt-0 last:pb-0">
            <Link
              href={`/coach/review/${item.answerId}#threads`}
              className="flex items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline"
            >
              <CornerDownRightIcon aria-hidden className="size-4" />
              {item.candidateName} on “{item.questionTitle}” (attempt {item.attempt})
            </Link>
            <span className="text-muted-foreground">
              “{item.excerpt}” · <LocalTime value={item.repliedAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
