import { Badge, EmptyState } from "@debrief/ui";
import { ScaleIcon } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "~/components/local-time";
import { getServerCaller } from "~/trpc/server";
import type { DimensionLabels } from "./types";

/** "Answers" and "Regrade requests (n)": the queue's two views, as links that keep the URL honest. */
export function QueueViewSwitch({
  view,
  pendingRegrades,
}: {
  view: "answers" | "regrades";
  pendingRegrades: number;
}) {
  const tab = (isCurrent: boolean) =>
    `inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium ${
      isCurrent ? "bg-background shadow-sm" : "text-muted-foreground hover:text-foreground"
    }`;
  return (
    <nav aria-label="Queue view" className="flex w-fit flex-wrap gap-1 rounded-lg bg-muted p-1">
      <Link
        href="/coach/queue"
        className={tab(view === "answers")}
        aria-current={view === "answers" ? "page" : undefined}
      >
        Answers
      </Link>
      <Link
        href="/coach/queue?view=regrades"
        className={tab(view === "regrades")}
        aria-current={view === "regrades" ? "page" : undefined}
      >
        Regrade requests
        <Badge variant={pendingRegrades > 0 ? "warning" : "secondary"} aria-label="pending">
          {pendingRegrades}
        </Badge>
      </Link>
    </nav>
  );
}

/** Regrade requests in the coach's cohorts: waiting ones oldest first, or the decided ones. */
export async function RegradeQueue({
  status,
  labels,
}: {
  status: "pending" | "decided";
  labels: DimensionLabels;
}) {
  const caller = await getServerCaller();
  const items = await caller.regrades.queue({ status });
  const filter = (value: "pending" | "decided", text: string) => (
    <Link
      href={
        value === "pending"
          ? "/coach/queue?view=regrades"
          : "/coach/queue?view=regrades&regrades=decided"
      }
      aria-current={status === value ? "page" : undefined}
      className={`text-sm underline-offset-4 ${status === value ? "font-semibold" : "text-primary hover:underline"}`}
    >
      {text}
    </Link>
  );
  return (
    <section aria-labelledby="regrade-queue-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="regrade-queue-heading" className="text-lg font-semibold">
          {status === "pending" ? "Waiting for a decision" : "Decided"}
        </h2>
        <p className="flex gap-3">
          {filter("pending", "Waiting")}
          {filter("decided", "Decided")}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyState
          icon={<ScaleIcon />}
          title={status === "pending" ? "No regrade requests waiting" : "No decided requests yet"}
          body="Candidates can ask once per released review, within the window their set allows."
        />
      ) : (
        <ol
          aria-label="Regrade requests"
          className="flex flex-col divide-y overflow-hidden rounded-xl border bg-card"
        >
          {items.map((item) => (
            <li key={item.id}>
              <Link
                href={`/coach/review/${item.answerId}#regrade`}
                className="flex flex-col gap-1.5 px-4 py-3 hover:bg-accent"
              >
                <span className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                  <span className="font-medium">
                    {item.candidateName}: {item.questionTitle}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {item.cohortName} · attempt {item.attempt} ·{" "}
                    <LocalTime value={item.decidedAt ?? item.createdAt} />
                  </span>
                </span>
                <span className="flex flex-wrap gap-1.5">
                  {item.status !== "pending" ? (
                    <Badge variant={item.status === "accepted" ? "success" : "secondary"}>
                      {item.status === "accepted" ? "Accepted" : "Declined"}
                    </Badge>
                  ) : null}
                  {item.dimensions.map((key) => (
                    <Badge key={key} variant="outline">
                      {labels[key] ?? key}
                    </Badge>
                  ))}
                </span>
                <span className="line-clamp-2 text-sm text-muted-foreground">{item.reason}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
