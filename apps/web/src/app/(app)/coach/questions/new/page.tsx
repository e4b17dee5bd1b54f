import { dimensionWeights } from "@debrief/core";
import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionForm } from "~/components/questions/question-form";
import { rubricLabels } from "~/components/rubric/rubric-labels";
import { requireViewerRole } from "~/server/viewer";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const viewer = await requireViewerRole("coach");
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
        title="New question"
        description="Owned by one of your cohorts: only its members see it."
      />
      <QuestionForm
        initial={{
          cohortId: viewer.cohorts[0]?.cohortId ?? "",
          kind: "deep_dive",
          title: "",
          prompt: "",
          guidance: "",
          exampleAnswer: "",
        }}
        cohorts={viewer.cohorts.map((c) => ({ id: c.cohortId, name: c.cohortName }))}
        kinds={labels.kinds}
        dimensions={labels.dimensions}
        weights={dimensionWeights}
      />
    </div>
  );
}
