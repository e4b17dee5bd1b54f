import { Button, EmptyState, PageHeader } from "@debrief/ui";
import { PencilLineIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AttemptDiff } from "~/components/answers/attempt-diff";
import { DimensionDeltas } from "~/components/answers/dimension-deltas";
import { OverallTrend } from "~/components/answers/overall-trend";
import { isScored } from "~/components/answers/types";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { kindLabel } from "~/components/rubric/rubric-view";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ questionId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}

const loadQuestion = cache(async (questionId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.questions.get({ questionId }));
});

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await loadQuestion((await params).questionId);
  return { title: `Attempts: ${question.title}` };
}

export default async function AttemptsPage({ params, searchParams }: Props) {
  await requireViewerRole("candidate");
  const { questionId } = await params;
  const query = await searchParams;
  const question = await loadQuestion(questionId);
  const caller = await getServerCaller();
  const attempts = await caller.answers.attempts({ questionId });
  const latest = attempts.at(-1);
  const editorHref = `/practice/questions/${questionId}`;

  // Default pair: the previous attempt against the latest.
  const to = attempts.find((a) => a.id === first(query.to)) ?? latest;
  const from = attempts.find((a) => a.id === first(query.from)) ?? attempts.at(-2) ?? latest;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "Practice", href: "/practice" },
              {
                label: kindLabel(question.kind),
                href: `/practice/questions?kind=${question.kind}`,
              },
              { label: question.title, href: editorHref },
            ]}
          />
        }
        title={`Your attempts: ${question.title}`}
        description="How your answer moved from one attempt to the next."
        actions={
          latest ? (
            <Button asChild>
              <Link href={`${editorHref}?revise=${latest.id}`}>
                <PencilLineIcon aria-hidden />
                Revise the latest
              </Link>
            </Button>
          ) : null
        }
      />
      {attempts.length === 0 || !latest || !from || !to ? (
        <EmptyState
          title="No attempts yet"
          body="Submit an answer to this question and its score and changes show up here."
          action={
            <Button asChild>
              <Link href={editorHref}>Answer the question</Link>
            </Button>
          }
        />
      ) : (
        <>
          <section aria-labelledby="trend-heading" className="flex flex-col gap-3">
            <h2 id="trend-heading" className="text-lg font-semibold">
              Overall trend
            </h2>
            <OverallTrend attempts={attempts} />
          </section>
          <section aria-labelledby="deltas-heading" className="flex flex-col gap-3">
            <h2 id="deltas-heading" className="text-lg font-semibold">
              What changed between attempts
            </h2>
            {attempts.filter(isScored).length > 1 ? (
              <DimensionDeltas attempts={attempts.filter(isScored)} />
            ) : (
              <p className="text-sm text-muted-foreground">
                One attempt so far. Revise it and the changes per dimension appear here.
              </p>
            )}
          </section>
          {attempts.length > 1 ? (
            <section aria-labelledby="diff-heading" className="flex flex-col gap-3">
              <h2 id="diff-heading" className="text-lg font-semibold">
                Word-level changes
              </h2>
              <AttemptDiff
                attempts={attempts}
                from={from}
                to={to}
                action={`/practice/questions/${questionId}/attempts`}
              />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
