import { type DimensionKey, dimensionInfo } from "@debrief/core";
import {
  cn,
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { ScaleIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { type SearchParams, uuidParam } from "~/lib/search-params";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Agreement with the engine" };

interface Props {
  searchParams: Promise<SearchParams>;
}

/** The API gives rates (0–1); no reviews means no rate to show. */
function percent(rate: number, n: number): string {
  return n === 0 ? "—" : `${Math.round(rate * 100)}%`;
}

// Landis & Koch's customary bands for kappa, in words a coach can act on.
function kappaWords(qwk: number | null): string {
  if (qwk === null) return "Not enough reviews";
  if (qwk < 0.2) return "Slight";
  if (qwk < 0.4) return "Fair";
  if (qwk < 0.6) return "Moderate";
  if (qwk < 0.8) return "Substantial";
  return "Almost perfect";
}

function labelOf(key: string): string {
  return key in dimensionInfo ? dimensionInfo[key as DimensionKey].label : key;
}

export default async function AgreementPage({ searchParams }: Props) {
  const viewer = await requireViewerRole("coach");
  const requested = uuidParam((await searchParams).cohort);
  const cohortId = viewer.cohorts.some((c) => c.cohortId === requested) ? requested : undefined;
  const caller = await getServerCaller();
  const agreement = await caller.reviews.agreement(cohortId ? { cohortId } : {});

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Agreement with the engine"
        description="How your submitted grades compare with the engine's automatic scores, per dimension."
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
          <div className="rounded-lg border bg-card">
            <Table>
              <TableCaption className="pb-3">
                Over {agreement.reviews} submitted review{agreement.reviews === 1 ? "" : "s"}.
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Dimension</TableHead>
                  <TableHead className="text-right">Reviews</TableHead>
                  <TableHead className="text-right">Exact match</TableHead>
                  <TableHead className="text-right">Within one point</TableHead>
                  <TableHead>Weighted kappa</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {agreement.dimensions.map((d) => (
                  <TableRow key={d.dimension}>
                    <TableCell className="font-medium">{labelOf(d.dimension)}</TableCell>
                    <TableCell className="text-right tabular-nums">{d.n}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {percent(d.exact, d.n)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {percent(d.withinOne, d.n)}
                    </TableCell>
                    <TableCell>
                      <span className="inline-flex items-baseline gap-2">
                        <span className="tabular-nums font-medium">
                          {d.qwk === null ? "—" : d.qwk.toFixed(2)}
                        </span>
                        <span
                          className={cn(
                            "text-xs",
                            d.qwk !== null && d.qwk < 0.4
                              ? "font-medium text-warning"
                              : "text-muted-foreground",
                          )}
                        >
                          {kappaWords(d.qwk)}
                        </span>
                      </span>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
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
