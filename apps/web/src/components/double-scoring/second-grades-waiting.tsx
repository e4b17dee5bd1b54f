import { ScaleIcon } from "lucide-react";
import Link from "next/link";

/** Above the queue: how many sampled answers wait for the coach's independent second grade. */
export function SecondGradesWaiting({ total }: { total: number }) {
  if (total === 0) return null;
  return (
    <section
      aria-labelledby="second-grades-waiting-heading"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border bg-card p-4"
    >
      <div className="flex items-start gap-3">
        <ScaleIcon aria-hidden className="mt-0.5 size-5 text-muted-foreground" />
        <div className="flex flex-col gap-0.5">
          <h2 id="second-grades-waiting-heading" className="text-base font-semibold">
            Second grades waiting ({total})
          </h2>
          <p className="text-sm text-muted-foreground">
            Answers sampled for double-scoring: grade them on your own, blind to the first grade.
          </p>
        </div>
      </div>
      <Link
        href="/coach/second-grades"
        className="text-sm font-medium text-primary underline-offset-4 hover:underline"
      >
        Open second grades
      </Link>
    </section>
  );
}
