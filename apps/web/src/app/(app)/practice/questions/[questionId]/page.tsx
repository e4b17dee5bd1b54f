import {
  dimensionInfo,
  dimensionKeys,
  dimensionWeights,
  flagInfo,
  idealWordRanges,
  isQuestionKind,
  lengthRanges,
  targetSpokenSeconds,
} from "@debrief/core";
import { Button, PageHeader } from "@debrief/ui";
import { ListOrderedIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnswerEditor } from "~/components/answers/answer-editor";
import { ScorePill } from "~/components/answers/score-pill";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { LocalTime } from "~/components/local-time";
import { QuestionBrief } from "~/components/questions/question-brief";
import { kindLabel } from "~/components/rubric/rubric-view";
import { initialPreview } from "~/server/initial-preview";
import { orNotFound } from "~/server/or-not-found";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ questionId: string }>;
  searchParams: Promise<{ assignment?: string | string[]; revise?: string | string[] }>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidParam(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first && uuidPattern.test(first) ? first : null;
}

// Metadata and the page read the same question; cache() makes it one query per request.
const loadQuestion = cache(async (questionId: string) => {
  const caller = await getServerCaller();
  return orNotFound(caller.questions.get({ questionId }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { questionId } = await params;
  const question = await loadQuestion(questionId);
  return { title: `Answer: ${question.title}` };
}

export default async function AnswerEditorPage({ params, searchParams }: Props) {
  const viewer = await requireViewerRole("candidate");
  const { questionId } = await params;
  const query = await searchParams;
  const question = await loadQuestion(questionId);
  if (!isQuestionKind(question.kind)) notFound();
  const kind = question.kind;

  const caller = await getServerCaller();
  const assignmentParam = uuidParam(query.assignment);
  const reviseParam = uuidParam(query.revise);
  const [draft, attempts, assignments, revised] = await Promise.all([
    caller.drafts.get({ questionId }),
    caller.answers.attempts({ questionId }),
    assignmentParam ? caller.assignments.mine() : Promise.resolve([]),
    reviseParam ? orNotFound(caller.answers.get({ answerId: reviseParam })) : Promise.resolve(null),
  ]);
  // Only an assignment of this candidate that holds this question travels with the answer.
  const assignment = assignments.find(
    (a) => a.id === assignmentParam && a.questions.some((q) => q.id === questionId),
  );
  const revise = revised && revised.question.id === questionId ? revised : null;
  const latest = attempts.at(-1);
  const cleanUrl = `/practice/questions/${questionId}${assignment ? `?assignment=${assignment.id}` : ""}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Breadcrumbs
            items={[
              { label: "Practice", href: "/practice" },
              { label: kindLabel(kind), href: `/practice/questions?kind=${kind}` },
            ]}
          />
        }
        title={question.title}
        description={
          assignment ? (
            <>
              Part of <span className="font-medium text-foreground">{assignment.set.title}</span>
              {assignment.dueAt ? (
                <>
                  {" "}
                  · due <LocalTime value={assignment.dueAt} format="date" />
                  {assignment.isOverdue ? " (overdue)" : ""}
                </>
              ) : null}
            </>
          ) : undefined
        }
        actions={
          latest ? (
            <>
              <ScorePill
                label="Latest"
                score={latest.coach?.overall ?? latest.auto?.overall ?? null}
                nullLabel="Latest: not scored"
              />
              <Button asChild variant="outline" size="sm">
                <Link href={`/practice/questions/${questionId}/attempts`}>
                  <ListOrderedIcon aria-hidden />
                  Your attempts ({attempts.length})
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      <QuestionBrief
        prompt={question.prompt}
        guidance={question.guidance}
        exampleAnswer={question.exampleAnswer}
        kindLabel={kindLabel(kind)}
      />
      <AnswerEditor
        userId={viewer.id}
        question={{ id: question.id, kind, prompt: question.prompt }}
        assignmentId={assignment?.id ?? null}
        cohortChoices={
          // Free practice on a shared question by a candidate in several cohorts: they choose
          // whose coaches see the answer (the server refuses to guess).
          !assignment && !question.cohortId && viewer.cohorts.length > 1
            ? viewer.cohorts.map((c) => ({
                id: c.cohortId,
                label: `${c.cohortName} (${c.organisationName})`,
              }))
            : null
        }
        serverDraft={draft}
        revise={revise ? { attempt: revise.attempt, body: revise.body } : null}
        initialPreview={initialPreview(kind, question.prompt, revise?.body ?? draft?.body ?? "")}
        cleanUrl={cleanUrl}
        nextAttempt={(latest?.attempt ?? 0) + 1}
        targets={{
          allowed: lengthRanges[kind],
          ideal: idealWordRanges[kind],
          spokenSeconds: targetSpokenSeconds[kind],
        }}
        previewLabels={{
          dimensions: dimensionKeys.map((key) => ({
            key,
            label: dimensionInfo[key].label,
            weight: dimensionWeights[kind][key],
          })),
          flags: Object.fromEntries(
            Object.entries(flagInfo).map(([key, info]) => [key, info.label]),
          ),
        }}
      />
    </div>
  );
}
