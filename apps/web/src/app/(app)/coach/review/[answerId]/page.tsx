import {
  dimensionInfo,
  dimensionKeys,
  dimensionWeights,
  flagInfo,
  isQuestionKind,
} from "@debrief/core";
import { Badge, PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { GradingPanel } from "~/components/coach/grading-panel";
import { statusLabel } from "~/components/coach/types";
import { LocalTime } from "~/components/practice/local-time";
import { orNotFound } from "~/components/practice/or-not-found";
import { kindLabel } from "~/components/practice/rubric-view";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ answerId: string }>;
}

const loadReview = cache(async (answerId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.reviews.get({ answerId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await loadReview((await params).answerId);
  return { title: `Review: ${detail.candidate.name}, ${detail.question.title}` };
}

export default async function ReviewPage({ params }: Props) {
  await requireViewerRole("coach");
  const detail = await loadReview((await params).answerId);
  const { question, candidate, cohort, answer } = detail;
  if (!isQuestionKind(question.kind)) notFound();
  const kind = question.kind;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <nav aria-label="Breadcrumb">
            <ol className="flex flex-wrap items-center gap-1.5">
              <li>
                <Link href="/coach/queue" className="underline-offset-4 hover:underline">
                  Review queue
                </Link>
              </li>
              <li aria-hidden>/</li>
              <li>{cohort.name}</li>
            </ol>
          </nav>
        }
        title={`${candidate.name}: ${question.title}`}
        description={
          <>
            {kindLabel(kind)} · attempt {answer.attempt} · {answer.wordCount} words · submitted{" "}
            <LocalTime value={answer.submittedAt} />
          </>
        }
        actions={
          <Badge variant={answer.status === "reviewed" ? "success" : "secondary"}>
            {statusLabel(answer.status)}
          </Badge>
        }
      />
      <details className="rounded-xl border bg-card px-5 py-3 text-sm">
        <summary className="cursor-pointer font-medium">The question asked</summary>
        <p className="pt-2 leading-relaxed whitespace-pre-line text-muted-foreground">
          {question.prompt}
        </p>
      </details>
      <GradingPanel
        // A newer version (after a reload on conflict) starts the panel afresh from the server.
        key={`${answer.id}-${answer.version}`}
        detail={detail}
        labels={{
          dimensions: dimensionKeys.map((key) => ({
            key,
            label: dimensionInfo[key].label,
            description: dimensionInfo[key].description,
          })),
          weights: dimensionWeights[kind],
          flags: Object.fromEntries(
            Object.entries(flagInfo).map(([key, info]) => [key, info.label]),
          ),
        }}
      />
    </div>
  );
}
