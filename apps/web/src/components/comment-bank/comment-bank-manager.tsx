"use client";

import { maxCommentBankTextLength } from "@debrief/db/limits";
import {
  Alert,
  AlertDescription,
  Badge,
  Button,
  EmptyState,
  Input,
  Label,
  NativeSelect,
  Textarea,
} from "@debrief/ui";
import { BookmarkIcon, PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import { matchEntries } from "./bank-matches";
import type { CommentBankEntry } from "./types";

type DimensionOption = { key: string; label: string };
type Dimension = CommentBankEntry["dimension"];

interface Draft {
  text: string;
  dimension: string;
  score: string;
}

const emptyDraft: Draft = { text: "", dimension: "", score: "" };

function toInput(draft: Draft) {
  return {
    text: draft.text,
    dimension: (draft.dimension === "" ? null : draft.dimension) as Dimension,
    score: draft.score === "" ? null : Number(draft.score),
  };
}

/** The bank page: add, find, edit and delete the organisation's shared comments. */
export function CommentBankManager({
  initialEntries,
  cohorts,
  showOrganisation,
  dimensions,
}: {
  initialEntries: CommentBankEntry[];
  cohorts: { id: string; name: string }[];
  showOrganisation: boolean;
  dimensions: DimensionOption[];
}) {
  const ids = useId();
  const [entries, setEntries] = useState(initialEntries);
  const [filter, setFilter] = useState("");
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const create = useLazyMutation(
    (client, input: Parameters<typeof client.commentBank.create.mutate>[0]) =>
      client.commentBank.create.mutate(input),
  );
  const labelOf = Object.fromEntries(dimensions.map((d) => [d.key, d.label]));
  const shown = filter.trim().length >= 2 ? matchEntries(entries, filter.trim(), 500) : entries;

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (draft.text.trim() === "") {
      setError("Write the comment before saving it.");
      return;
    }
    try {
      const entry = await create.mutateAsync({
        ...toInput(draft),
        cohortId: showOrganisation ? cohortId : null,
      });
      setEntries((list) => [entry, ...list]);
      setDraft(emptyDraft);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby={`${ids}-list`} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id={`${ids}-list`} className="text-lg font-semibold">
            {entries.length} {entries.length === 1 ? "comment" : "comments"}
          </h2>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${ids}-filter`}>Find</Label>
            <Input
              id={`${ids}-filter`}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder="A few words of the comment"
              className="w-64"
            />
          </div>
        </div>
        {entries.length === 0 ? (
          <EmptyState
            icon={<BookmarkIcon />}
            title="The bank is empty"
            body="Add a comment here, or use “Save to bank” under a comment while you grade."
          />
        ) : shown.length === 0 ? (
          <p className="text-sm text-muted-foreground">No comment in the bank contains that.</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Comments in the bank">
            {shown.map((entry) => (
              <EntryItem
                key={entry.id}
                entry={entry}
                dimensions={dimensions}
                labelOf={labelOf}
                showOrganisation={showOrganisation}
                onChanged={(next) =>
                  setEntries((list) => list.map((e) => (e.id === next.id ? next : e)))
                }
                onDeleted={(id) => setEntries((list) => list.filter((e) => e.id !== id))}
              />
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby={`${ids}-new`}
        className="flex flex-col gap-3 self-start rounded-xl border bg-card p-5"
      >
        <h2 id={`${ids}-new`} className="text-base font-semibold">
          Add a comment
        </h2>
        <form onSubmit={onCreate} noValidate className="flex flex-col gap-3">
          <EntryFields
            idPrefix={`${ids}-new`}
            draft={draft}
            onChange={setDraft}
            dimensions={dimensions}
          />
          {showOrganisation ? (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${ids}-cohort`}>Bank of the organisation of</Label>
              <NativeSelect
                id={`${ids}-cohort`}
                value={cohortId}
                onChange={(e) => setCohortId(e.target.value)}
              >
                {cohorts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : null}
          {error ? (
            <Alert variant="destructive">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          ) : null}
          <div>
            <Button type="submit" disabled={create.isPending}>
              <PlusIcon aria-hidden />
              Add to bank
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}

function EntryFields({
  idPrefix,
  draft,
  onChange,
  dimensions,
}: {
  idPrefix: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  dimensions: DimensionOption[];
}) {
  return (
    <>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${idPrefix}-text`}>Comment</Label>
        <Textarea
          id={`${idPrefix}-text`}
          value={draft.text}
          rows={3}
          maxLength={maxCommentBankTextLength}
          onChange={(e) => onChange({ ...draft, text: e.target.value })}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-dimension`}>Dimension (optional)</Label>
          <NativeSelect
            id={`${idPrefix}-dimension`}
            value={draft.dimension}
            onChange={(e) => onChange({ ...draft, dimension: e.target.value })}
          >
            <option value="">Any</option>
            {dimensions.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${idPrefix}-score`}>Score (optional)</Label>
          <NativeSelect
            id={`${idPrefix}-score`}
            value={draft.score}
            onChange={(e) => onChange({ ...draft, score: e.target.value })}
          >
            <option value="">Any</option>
            {[0, 1, 2, 3, 4].map((score) => (
              <option key={score} value={String(score)}>
                {score}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
    </>
  );
}

function EntryItem({
  entry,
  dimensions,
  labelOf,
  showOrganisation,
  onChanged,
  onDeleted,
}: {
  entry: CommentBankEntry;
  dimensions: DimensionOption[];
  labelOf: Record<string, string>;
  showOrganisation: boolean;
  onChanged: (entry: CommentBankEntry) => void;
  onDeleted: (id: string) => void;
}) {
  const ids = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = useLazyMutation(
    (client, input: Parameters<typeof client.commentBank.update.mutate>[0]) =>
      client.commentBank.update.mutate(input),
  );
  const remove = useLazyMutation((client, input: { entryId: string }) =>
    client.commentBank.delete.mutate(input),
  );
  const uses = `Used ${entry.usageCount} ${entry.usageCount === 1 ? "time" : "times"}`;

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setError(null);
    try {
      onChanged(await update.mutateAsync({ entryId: entry.id, ...toInput(draft) }));
      setDraft(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <li className="flex flex-col gap-3 rounded-xl border bg-card p-4" aria-label={entry.text}>
      {draft ? (
        <form onSubmit={onSave} noValidate className="flex flex-col gap-3">
          <EntryFields idPrefix={ids} draft={draft} onChange={setDraft} dimensions={dimensions} />
          {entry.usageCount > 0 ? (
            <p className="text-xs text-muted-foreground">
              The new text replaces it in the {entry.usageCount}{" "}
              {entry.usageCount === 1 ? "comment" : "comments"} it is in; candidates see the change.
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={update.isPending}>
              Save changes
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className="whitespace-pre-wrap text-sm">{entry.text}</p>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              {entry.dimension ? (
                <Badge variant="outline">{labelOf[entry.dimension] ?? entry.dimension}</Badge>
              ) : null}
              {entry.score === null ? null : <Badge variant="secondary">Score {entry.score}</Badge>}
              <span data-testid="bank-usage">{uses}</span>
              {entry.authorName ? <span>· added by {entry.authorName}</span> : null}
              {showOrganisation ? <span>· {entry.organisation.name}</span> : null}
            </div>
            <div className="flex flex-wrap gap-1">
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() =>
                  setDraft({
                    text: entry.text,
                    dimension: entry.dimension ?? "",
                    score: entry.score === null ? "" : String(entry.score),
                  })
                }
              >
                <PencilIcon aria-hidden />
                Edit
              </Button>
              {isConfirming ? (
                <>
                  <Button
                    type="button"
                    size="sm"
                    variant="destructive"
                    disabled={remove.isPending}
                    onClick={async () => {
                      setError(null);
                      try {
                        await remove.mutateAsync({ entryId: entry.id });
                        onDeleted(entry.id);
                      } catch (failure) {
                        setError(errorMessage(failure));
                      }
                    }}
                  >
                    Delete from bank
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    onClick={() => setIsConfirming(false)}
                  >
                    Keep
                  </Button>
                </>
              ) : (
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => setIsConfirming(true)}
                >
                  <Trash2Icon aria-hidden />
                  Delete
                </Button>
              )}
            </div>
          </div>
          {isConfirming ? (
            <p className="text-xs text-muted-foreground" role="status">
              {entry.usageCount > 0
                ? `It is in ${entry.usageCount} ${entry.usageCount === 1 ? "comment" : "comments"}: they keep their text, but later edits here no longer reach them.`
                : "Nobody has used it yet."}
            </p>
          ) : null}
        </>
      )}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </li>
  );
}
