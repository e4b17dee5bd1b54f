import { type DimensionKey, dimensionInfo } from "@debrief/core";
import { cn, EmptyState, PageHeader } from "@debrief/ui";
import { ScaleIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AgreementTable } from "~/components/reviews/agreement-table";
import { type SearchParams, uuidParam } from "~/lib/search-params";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Agreement with the engine" };

interface Props {
  searchParams: Promise<SearchParams>;
}

function labelOf(key: string): string {
  return key in dimensionInfo ? dimensionInfo[key as DimensionKey].label : key;
}

export default async function AgreementPage({ searchParams }: Props) {
  const viewer = await requireViewerRole("coach");
  const requested = uuidParam((await searchParams).cohort);
  const cohortId = viewer.cohorts.some((c) => c.cohortId === requested) ? requested : undefined;
  const caller = await getServerCaller();
  const [agreement, coachAgreement] = await Promise.all([
    caller.reviews.agreement(cohortId ? { cohortId } : {}),
    caller.doubleScoring.agreement(cohortId ? { cohortId } : {}),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Agreement with the engine"
        description="How your submitted grades compare with the engine's automatic scores, and with another coach's on double-scored answers, per dimension."
      />
      {viewer.cohorts.length > 1 ? (
        <nav aria-label="Filter by cohort">
          <ul className="flex flex-wrap gap-2">
            <CohortLink href="/coach/agreement" isCurrent={!cohortId} label="All your cohorts" />
            {viewer.cohorts.map((c) => (
              <CohortLink
                key={c.cohortId}
                href={`/coach/agreement?cohort=${c.cohortId}`}
                isCurrent={cohortId === c.cohortId}
                label={c.cohortName}
              />
            ))}
          </ul>
        </nav>
      ) : null}

      {agreement.reviews === 0 ? (
        <EmptyState
          icon={<ScaleIcon />}
          title="No submitted reviews yet"
          body="Agreement appears once you have submitted reviews. Each one stores your grade beside the engine's."
          action={
            <Link
              href="/coach/queue"
              className="text-sm text-primary underline-offset-4 hover:underline"
            >
              Open the review queue
            </Link>
          }
        />
      ) : (
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="flex min-w-0 flex-col gap-6">
            <section aria-labelledby="engine-coach-heading" className="flex flex-col gap-2">
              <h2 id="engine-coach-heading" className="text-base font-semibold">
                You and the engine
              </h2>
              <div className="rounded-lg border bg-card">
                <AgreementTable
                  rows={agreement.dimensions}
                  labelOf={labelOf}
                  caption={`Over ${agreement.reviews} submitted review${agreement.reviews === 1 ? "" : "s"}.`}
                  captionClassName="pb-3"
                />
              </div>
            </section>
            <section aria-labelledby="coach-coach-heading" className="flex flex-col gap-2">
              <h2 id="coach-coach-heading" className="text-base font-semibold">
                You and another coach
              </h2>
              {coachAgreement.pairs === 0 ? (
                <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
                  No double-scored answers of yours have both grades yet. When a lead samples
                  answers for a second grade, they appear under{" "}
                  <Link
                    href="/coach/second-grades"
                    className="text-primary underline-offset-4 hover:underline"
                  >
                    Second grades
                  </Link>
                  .
                </p>
              ) : (
                <div className="rounded-lg border bg-card">
                  <AgreementTable
                    rows={coachAgreement.dimensions}
                    labelOf={labelOf}
                    countLabel="Answers"
                    caption={`Over ${coachAgreement.pairs} double-scored answer${coachAgreement.pairs === 1 ? "" : "s"}: your grade beside the other coach's.`}
                    captionClassName="pb-3"
                  />
                </div>
              )}
            </section>
          </div>
          <aside aria-labelledby="reading-heading" className="flex flex-col gap-3 text-sm">
            <h2 id="reading-heading" className="text-base font-semibold">
              How to read this
            </h2>
            <p className="text-muted-foreground">
              <strong className="text-foreground">Exact match</strong> is how often you gave the
              same score as the engine;{" "}
              <strong className="text-foreground">within one point</strong> counts near misses too.
            </p>
            <p className="text-muted-foreground">
              <strong className="text-foreground">Weighted kappa</strong> corrects for agreement you
              would get by chance and counts a two-point gap as worse than a one-point gap. 1 means
              you always agree, 0 means no better than chance.
            </p>
            <p className="text-muted-foreground">
              Low agreement on a dimension is not a mistake by itself: it shows where you see
              something the engine misses, or where your own reading drifts. Both are worth a look.
            </p>
          </aside>
        </div>
      )}
    </div>
  );
}

function CohortLink({
  href,
  isCurrent,
  label,
}: {
  href: string;
  isCurrent: boolean;
  label: string;
}) {
  return (
    <li>
      <Link
        href={href}
        aria-current={isCurrent ? "page" : undefined}
        className={cn(
          "inline-flex h-8 items-center rounded-full border px-3 text-sm transition-colors",
          isCurrent
            ? "border-foreground bg-foreground text-background"
            : "bg-background text-muted-foreground hover:text-foreground",
        )}
      >
        {label}
      </Link>
    </li>
  );
}
