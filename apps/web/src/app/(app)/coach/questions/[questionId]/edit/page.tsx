import { dimensionWeights } from "@debrief/core";
import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { QuestionForm } from "~/components/questions/question-form";
import { rubricLabels } from "~/components/rubric/rubric-labels";
import { initialPreview } from "~/server/initial-preview";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ questionId: string }>;
}

const loadQuestion = cache(async (questionId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.questions.forEdit({ questionId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await loadQuestion((await params).questionId);
  return { title: `Edit: ${question.title}` };
}

export default async function EditQuestionPage({ params }: Props) {
  const viewer = await requireViewerRole("coach");
  const question = await loadQuestion((await params).questionId);
  const labels = rubricLabels();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Link href="/coach/questions" className="underline-offset-4 hover:underline">
            Question bank
          </Link>
        }
        title={`Edit: ${question.title}`}
        description="Changes apply to new answers; answers already given keep their scores."
      />
      <QuestionForm
        questionId={question.id}
        initial={{
          cohortId: question.cohortId ?? "",
          kind: question.kind,
          title: question.title,
          prompt: question.prompt,
          guidance: question.guidance,
          exampleAnswer: question.exampleAnswer,
        }}
        initialPreview={initialPreview(question.kind, question.prompt, question.exampleAnswer)}
        cohorts={viewer.cohorts.map((c) => ({ id: c.cohortId, name: c.cohortName }))}
        kinds={labels.kinds}
        dimensions={labels.dimensions}
        weights={dimensionWeights}
      />
    </div>
  );
}
