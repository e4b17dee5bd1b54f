import { type DimensionKey, dimensionInfo } from "@debrief/core";
import { Badge, EmptyState, PageHeader } from "@debrief/ui";
import { ScaleIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { RateForm } from "~/components/double-scoring/rate-form";
import { LocalTime } from "~/components/local-time";
import { AgreementTable } from "~/components/reviews/agreement-table";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Double-scoring and moderation" };

interface Props {
  params: Promise<{ cohortId: string }>;
}

const labelOf = (key: string) =>
  key in dimensionInfo ? dimensionInfo[key as DimensionKey].label : key;

export default async function ModerationPage({ params }: Props) {
  const viewer = await requireViewerRole("lead");
  const { cohortId } = await params;
  const caller = await getServerCaller();
  // A cohort the viewer does not lead is the 404 page: the first call decides, before the rest.
  const settings = await orNotFound(caller.doubleScoring.settings({ cohortId }));
  const [open, settled, agreement] = await Promise.all([
    caller.moderation.list({ cohortId, status: "open" }),
    caller.moderation.list({ cohortId, status: "settled" }),
    caller.doubleScoring.cohortAgreement({ cohortId }),
  ]);
  const cohortName = viewer.cohorts.find((c) => c.cohortId === cohortId)?.cohortName ?? "Cohort";

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "All cohorts", href: "/lead" },
              { label: cohortName, href: `/lead/cohorts/${cohortId}` },
            ]}
          />
        }
        title="Double-scoring"
        description="A sample of answers is graded again by a second coach who cannot see the first grade. Where the two differ by two or more on a dimension, you settle the final grade."
      />

      <section
        aria-labelledby="rate-heading"
        className="flex flex-col gap-3 rounded-xl border bg-card p-4"
      >
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="rate-heading" className="text-base font-semibold">
            Sample
          </h2>
          <Badge variant={settings.rate > 0 ? "default" : "secondary"}>
            {settings.rate > 0 ? `On · ${settings.rate}%` : "Off"}
          </Badge>
        </div>
        <p className="max-w-prose text-sm text-muted-foreground">
          {settings.rate > 0 && settings.since ? (
            <>
              Sampling answers submitted since <LocalTime value={settings.since} />. Which answers
              is fixed by the answer, so raising the share only adds answers.
            </>
          ) : (
            "Off. Turning it on samples answers submitted from now on; set 0 to turn it off."
          )}
        </p>
        <RateForm cohortId={cohortId} rate={settings.rate} />
      </section>

      <section aria-labelledby="moderation-heading" className="flex flex-col gap-3">
        <h2 id="moderation-heading" className="text-lg font-semibold">
          Moderation ({open.total})
        </h2>
        {open.items.length === 0 ? (
          <EmptyState
            headingLevel={3}
            icon={<ScaleIcon />}
            title="Nothing to settle"
            body="Answers whose two coaches differ by two or more points on a dimension appear here."
          />
        ) : (
          <ul className="flex flex-col divide-y rounded-xl border bg-card">
            {open.items.map((item) => (
              <li key={item.answerId} className="flex flex-col gap-1.5 p-4 text-sm">
                <Link
                  href={`/lead/cohorts/${cohortId}/moderation/${item.answerId}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {item.candidateName}: {item.questionTitle}
                </Link>
                <span className="text-muted-foreground">
                  {item.firstCoachName} {item.firstOverall} · {item.secondCoachName}{" "}
                  {item.secondOverall} · {item.gap} points apart on{" "}
                  {item.disputed.map(labelOf).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="coach-agreement-heading" className="flex flex-col gap-3">
        <h2 id="coach-agreement-heading" className="text-lg font-semibold">
          Coach–coach agreement
        </h2>
        {agreement.pairs === 0 ? (
          <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
            No answer has both grades yet.
          </p>
        ) : (
          <AgreementTable
            rows={agreement.dimensions}
            labelOf={labelOf}
            countLabel="Answers"
            caption={`Over ${agreement.pairs} double-scored answer${agreement.pairs === 1 ? "" : "s"}, each coach's own grade (before moderation).`}
            containerProps={{ className: "rounded-lg border" }}
          />
        )}
      </section>

      {settled.items.length > 0 ? (
        <section aria-labelledby="settled-heading" className="flex flex-col gap-3">
          <h2 id="settled-heading" className="text-lg font-semibold">
            Settled
          </h2>
          <ul className="flex flex-col divide-y rounded-xl border bg-card">
            {settled.items.map((item) => (
              <li key={item.answerId} className="flex flex-col gap-1.5 p-4 text-sm">
                <Link
                  href={`/lead/cohorts/${cohortId}/moderation/${item.answerId}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {item.candidateName}: {item.questionTitle}
                </Link>
                <span className="text-muted-foreground">
                  {item.firstCoachName} {item.firstOverall} · {item.secondCoachName}{" "}
                  {item.secondOverall} → final {item.settled?.overall} by{" "}
                  {item.settled?.byName ?? "a former member"}
                </span>
                {item.settled?.reason ? <span>“{item.settled.reason}”</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
