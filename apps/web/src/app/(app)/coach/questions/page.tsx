import { isQuestionKind } from "@debrief/core";
import { Button, PageHeader } from "@debrief/ui";
import { PlusIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionBank } from "~/components/questions/question-bank";
import { rubricLabels } from "~/components/rubric/rubric-labels";
import { type BankFilters, bankInput } from "~/lib/list-filters";
import { firstParam, type SearchParams } from "~/lib/search-params";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Question bank" };

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function QuestionBankPage({ searchParams }: Props) {
  await requireViewerRole("coach");
  const params = await searchParams;
  const kind = firstParam(params.kind);
  const filters: BankFilters = {
    search: firstParam(params.q) ?? "",
    kind: isQuestionKind(kind) ? kind : undefined,
    includeArchived: firstParam(params.archived) === "1",
  };
  const questions = await (await getServerCaller()).questions.bank(bankInput(filters));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Question bank"
        description="The shared bank and your cohorts' own questions. Edit the ones your cohorts own; questions with answers are archived, never lost."
        actions={
          <Button asChild>
            <Link href="/coach/questions/new">
              <PlusIcon aria-hidden />
              New question
            </Link>
          </Button>
        }
      />
      <QuestionBank
        initialFilters={filters}
        initialQuestions={questions}
        kinds={rubricLabels().kinds}
      />
    </div>
  );
}
