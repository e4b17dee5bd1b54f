"use client";

import type { QuestionKind } from "@debrief/core/rubric";
import {
  Badge,
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  EmptyState,
  Input,
  Label,
  NativeSelect,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { ArchiveIcon, ArchiveRestoreIcon, PencilIcon, SearchXIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import type { BankQuestion } from "~/components/reviews/types";
import { humanMessage } from "~/lib/human-message";
import { type BankFilters, bankInput, bankSearch } from "~/lib/list-filters";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { useLazyQuery } from "~/trpc/use-lazy-query";

const allKinds = "all";

/** Search as you type (debounced), filter by kind, archive and restore; filters live in the URL. */
export function QuestionBank({
  initialFilters,
  initialQuestions,
  kinds,
}: {
  initialFilters: BankFilters;
  /** The server's answer for `initialFilters`. */
  initialQuestions: BankQuestion[];
  kinds: { key: string; label: string }[];
}) {
  const ids = useId();
  const [text, setText] = useState(initialFilters.search);
  const [filters, setFilters] = useState(initialFilters);
  const [notice, setNotice] = useState<string | null>(null);
  const kindLabel = (key: string) => kinds.find((k) => k.key === key)?.label ?? key;

  // The query follows the text after a pause, so each keystroke is not a request.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => ({ ...f, search: text })), 250);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    window.history.replaceState(null, "", `/coach/questions${bankSearch(filters)}`);
  }, [filters]);

  const query = useLazyQuery(
    bankInput(filters),
    (client, input) => client.questions.bank.query(input),
    { input: bankInput(initialFilters), data: initialQuestions },
  );
  const questions = query.data;

  const refresh = () => query.refetch();
  const remove = useLazyMutation(
    (client, input: Parameters<typeof client.questions.remove.mutate>[0]) =>
      client.questions.remove.mutate(input),
  );
  const restore = useLazyMutation(
    (client, input: Parameters<typeof client.questions.restore.mutate>[0]) =>
      client.questions.restore.mutate(input),
  );

  const onRemove = async (question: BankQuestion) => {
    setNotice(null);
    try {
      const { outcome } = await remove.mutateAsync({ questionId: question.id });
      setNotice(
        outcome === "archived"
          ? `“${question.title}” has answers, so it was archived instead of deleted. Candidates no longer see it; its answers and scores stay.`
          : `“${question.title}” was deleted.`,
      );
      await refresh();
    } catch (e) {
      setNotice(`Not removed: ${e instanceof Error ? e.message : "try again"}`);
    }
  };

  const onRestore = async (question: BankQuestion) => {
    setNotice(null);
    try {
      await restore.mutateAsync({ questionId: question.id });
      setNotice(`“${question.title}” was restored.`);
      await refresh();
    } catch (e) {
      setNotice(`Not restored: ${e instanceof Error ? e.message : "try again"}`);
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <search className="flex flex-wrap items-end gap-3" aria-label="Search the bank">
        <div className="flex min-w-64 flex-1 flex-col gap-1.5">
          <Label htmlFor={`${ids}-search`}>Search</Label>
          <Input
            id={`${ids}-search`}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Words in the title or prompt"
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-kind`}>Kind</Label>
          <NativeSelect
            id={`${ids}-kind`}
            className="min-w-44"
            value={filters.kind ?? allKinds}
            onChange={(e) => {
              const v = e.target.value;
              setFilters((f) => ({ ...f, kind: v === allKinds ? undefined : (v as QuestionKind) }));
            }}
          >
            <option value={allKinds}>All kinds</option>
            {kinds.map((k) => (
              <option key={k.key} value={k.key}>
                {k.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={filters.includeArchived}
            onChange={(e) => setFilters((f) => ({ ...f, includeArchived: e.target.checked }))}
            className="size-4 accent-primary"
          />
          Show archived
        </label>
      </search>

      <p className="text-sm text-muted-foreground" aria-live="polite">
        {`${questions.length} question${questions.length === 1 ? "" : "s"}${query.isFetching ? " · updating…" : ""}`}
      </p>
      {notice ? (
        <p role="status" className="rounded-md border bg-muted/50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}

      {query.error ? (
        <p role="alert" className="text-sm text-destructive">
          The bank could not load: {humanMessage(query.error.message)}
        </p>
      ) : questions.length === 0 ? (
        <EmptyState
          icon={<SearchXIcon />}
          title="No questions match"
          body="Try fewer words or another kind, or write a question of your own."
          action={
            <Button asChild>
              <Link href="/coach/questions/new">New question</Link>
            </Button>
          }
        />
      ) : (
        <div className="rounded-lg border bg-card">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Question</TableHead>
                <TableHead>Kind</TableHead>
                <TableHead>Owner</TableHead>
                <TableHead className="text-right">Answers</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {questions.map((q) => (
                <TableRow key={q.id} className={q.archivedAt ? "opacity-75" : undefined}>
                  <TableCell className="max-w-md whitespace-normal">
                    <span className="font-medium">{q.title}</span>{" "}
                    {q.archivedAt ? <Badge variant="outline">Archived</Badge> : null}
                    <p className="line-clamp-2 text-xs text-muted-foreground">{q.prompt}</p>
                  </TableCell>
                  <TableCell className="text-sm text-muted-foreground">
                    {kindLabel(q.kind)}
                  </TableCell>
                  <TableCell className="text-sm text-muted-foreground">
                    {q.cohortName ?? "Shared bank"}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{q.answerCount}</TableCell>
                  <TableCell>
                    {q.isEditable ? (
                      <div className="flex justify-end gap-1">
                        <Button asChild variant="ghost" size="sm">
                          <Link
                            href={`/coach/questions/${q.id}/edit`}
                            aria-label={`Edit: ${q.title}`}
                          >
                            <PencilIcon aria-hidden /> Edit
                          </Link>
                        </Button>
                        {q.archivedAt ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`Restore: ${q.title}`}
                            disabled={restore.isPending}
                            onClick={() => {
                              void onRestore(q);
                            }}
                          >
                            <ArchiveRestoreIcon aria-hidden /> Restore
                          </Button>
                        ) : (
                          <RemoveButton
                            question={q}
                            onConfirm={() => {
                              void onRemove(q);
                            }}
                          />
                        )}
                      </div>
                    ) : (
                      <span className="block text-right text-xs text-muted-foreground">
                        Read only
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

function RemoveButton({ question, onConfirm }: { question: BankQuestion; onConfirm: () => void }) {
  const hasAnswers = question.answerCount > 0;
  return (
    <Dialog>
      <Button asChild variant="ghost" size="sm">
        <DialogTrigger aria-label={`Remove: ${question.title}`}>
          <ArchiveIcon aria-hidden /> Remove
        </DialogTrigger>
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Remove “{question.title}”?</DialogTitle>
          <DialogDescription>
            {hasAnswers
              ? `It has ${question.answerCount} answer${question.answerCount === 1 ? "" : "s"}, so it will be archived, not deleted: candidates stop seeing it, and its answers and scores stay. You can restore it later.`
              : "Nobody has answered it yet, so it will be deleted."}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button variant="destructive" onClick={onConfirm}>
              {hasAnswers ? "Archive" : "Delete"}
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
