import { isQuestionKind, type QuestionKind, questionKinds } from "@debrief/core";
import {
  cn,
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { SearchXIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ScorePill } from "~/components/answers/score-pill";
import { LocalTime } from "~/components/local-time";
import { kindLabel } from "~/components/rubric/rubric-view";
import { pluralize } from "~/lib/format";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

interface Props {
  searchParams: Promise<{ kind?: string | string[] }>;
}

function kindFrom(value: string | string[] | undefined): QuestionKind | null {
  const first = Array.isArray(value) ? value[0] : value;
  return isQuestionKind(first) ? first : null;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const kind = kindFrom((await searchParams).kind);
  return { title: kind ? `${kindLabel(kind)} questions` : "Questions" };
}

export default async function QuestionListPage({ searchParams }: Props) {
  await requireViewerRole("candidate");
  const kind = kindFrom((await searchParams).kind);
  const caller = await getServerCaller();
  const questions = await caller.questions.list(kind ? { kind } : {});

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        eyebrow={
          <Link href="/practice" className="underline-offset-4 hover:underline">
            Practice
          </Link>
        }
        title={kind ? `${kindLabel(kind)} questions` : "All questions"}
        description="Pick a question to answer. Your attempts and best score show beside each one."
      />
      <nav aria-label="Filter by kind">
        <ul className="flex flex-wrap gap-2">
          <KindLink href="/practice/questions" isCurrent={kind === null} label="All kinds" />
          {questionKinds.map((k) => (
            <KindLink
              key={k}
              href={`/practice/questions?kind=${k}`}
              isCurrent={kind === k}
              label={kindLabel(k)}
            />
          ))}
        </ul>
      </nav>
      {questions.length === 0 ? (
        <EmptyState
          icon={<SearchXIcon />}
          title="No questions of this kind yet"
          body="Try another kind, or come back when your coach adds questions."
        />
      ) : (
        <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
          <h2 id="questions-heading" className="text-sm font-medium text-muted-foreground">
            {pluralize(questions.length, "question")}
          </h2>
          <div className="rounded-lg border bg-card">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Question</TableHead>
                  {kind ? null : <TableHead>Kind</TableHead>}
                  <TableHead className="text-right">Attempts</TableHead>
                  <TableHead>Best score</TableHead>
                  <TableHead>Last attempt</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {questions.map((question) => (
                  <TableRow key={question.id}>
                    <TableCell className="max-w-md whitespace-normal">
                      <Link
                        href={`/practice/questions/${question.id}`}
                        className="font-medium underline-offset-4 hover:underline"
                      >
                        {question.title}
                      </Link>
                      <p className="line-clamp-1 text-xs text-muted-foreground">
                        {question.prompt}
                      </p>
                    </TableCell>
                    {kind ? null : (
                      <TableCell className="text-sm text-muted-foreground">
                        {kindLabel(question.kind)}
                      </TableCell>
                    )}
                    <TableCell className="text-right tabular-nums">
                      {question.attemptCount > 0 ? (
                        <Link
                          href={`/practice/questions/${question.id}/attempts`}
                          className="underline-offset-4 hover:underline"
                          aria-label={`${pluralize(question.attemptCount, "attempt")} at ${question.title}`}
                        >
                          {question.attemptCount}
                        </Link>
                      ) : (
                        <span className="text-muted-foreground">0</span>
                      )}
                    </TableCell>
                    <TableCell>
                      {question.bestOverall === null ? (
                        <span className="text-sm text-muted-foreground">—</span>
                      ) : (
                        <ScorePill score={question.bestOverall} />
                      )}
                    </TableCell>
                    <TableCell className="text-sm text-muted-foreground">
                      {question.lastAttemptAt ? (
                        <LocalTime value={question.lastAttemptAt} format="date" />
                      ) : (
                        "Not tried yet"
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
    </div>
  );
}

function KindLink({ href, isCurrent, label }: { href: string; isCurrent: boolean; label: string }) {
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
