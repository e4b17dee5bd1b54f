"use client";

import {
  Alert,
  AlertDescription,
  Button,
  Input,
  Label,
  NativeSelect,
  Spinner,
  Textarea,
} from "@debrief/ui";
import { CalendarPlusIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

/** New set: cohort, title and description; opens the set to add questions. */
export function CreateSetForm({ cohorts }: { cohorts: { id: string; name: string }[] }) {
  const router = useRouter();
  const ids = useId();
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useLazyMutation(
    (client, input: Parameters<typeof client.questionSets.create.mutate>[0]) =>
      client.questionSets.create.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === "") {
      setError("Give the set a title.");
      return;
    }
    setError(null);
    try {
      const { id } = await create.mutateAsync({
        cohortId,
        title: title.trim(),
        description: description.trim(),
      });
      router.push(`/coach/sets/${id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <CardForm heading="New question set" onSubmit={onSubmit}>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-cohort`}>Cohort</Label>
        <NativeSelect
          id={`${ids}-cohort`}
          className="w-full"
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
      <SetFields
        ids={ids}
        title={title}
        onTitleChange={setTitle}
        description={description}
        onDescriptionChange={setDescription}
        errorId={error ? `${ids}-error` : undefined}
        isTitleInvalid={Boolean(error) && title.trim() === ""}
        placeholders={{
          title: "Week 3: debugging stories",
          description: "What this set practises, shown to candidates",
        }}
      />
      {error ? (
        <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending || cohortId === ""}>
          {create.isPending ? <Spinner /> : <PlusIcon aria-hidden />}
          Create set
        </Button>
      </div>
    </CardForm>
  );
}

/** A set's title and description inputs, shared by the new-set and details forms. */
function SetFields({
  ids,
  title,
  onTitleChange,
  description,
  onDescriptionChange,
  errorId,
  isTitleInvalid = false,
  placeholders,
}: {
  ids: string;
  title: string;
  onTitleChange: (value: string) => void;
  description: string;
  onDescriptionChange: (value: string) => void;
  /** The form's error message, which then also describes the title. */
  errorId?: string | undefined;
  isTitleInvalid?: boolean;
  placeholders?: { title: string; description: string };
}) {
  return (
    <>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-title`}>Title</Label>
        <Input
          id={`${ids}-title`}
          value={title}
          onChange={(e) => onTitleChange(e.target.value)}
          maxLength={200}
          aria-invalid={isTitleInvalid ? true : undefined}
          aria-describedby={errorId}
          placeholder={placeholders?.title}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-description`}>Description</Label>
        <Textarea
          id={`${ids}-description`}
          value={description}
          onChange={(e) => onDescriptionChange(e.target.value)}
          maxLength={2000}
          rows={3}
          placeholder={placeholders?.description}
        />
      </div>
    </>
  );
}

/** Title and description of an existing set. */
export function SetDetailsForm({
  setId,
  initialTitle,
  initialDescription,
}: {
  setId: string;
  initialTitle: string;
  initialDescription: string;
}) {
  const router = useRouter();
  const ids = useId();
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState(initialDescription);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const update = useLazyMutation(
    (client, input: Parameters<typeof client.questionSets.update.mutate>[0]) =>
      client.questionSets.update.mutate(input),
  );
  const isDirty = title !== initialTitle || description !== initialDescription;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === "") {
      setStatus({ ok: false, text: "The title can't be empty." });
      return;
    }
    try {
      await update.mutateAsync({ setId, title: title.trim(), description: description.trim() });
      setStatus({ ok: true, text: "Saved." });
      router.refresh();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <CardForm heading="Details" onSubmit={onSubmit}>
      <SetFields
        ids={ids}
        title={title}
        onTitleChange={setTitle}
        description={description}
        onDescriptionChange={setDescription}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" disabled={update.isPending || !isDirty}>
          {update.isPending ? <Spinner /> : null}
          Save details
        </Button>
        <span
          role="status"
          className={
            status?.ok === false ? "text-sm text-destructive" : "text-sm text-muted-foreground"
          }
        >
          {status?.text}
        </span>
      </div>
    </CardForm>
  );
}

function defaultDueDate(): string {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  return toDateInput(date);
}

function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Assign to chosen candidates or the whole cohort; due at the end of the chosen local day. */
export function AssignForm({
  setId,
  candidates,
}: {
  setId: string;
  candidates: { id: string; name: string; email: string }[];
}) {
  const router = useRouter();
  const ids = useId();
  const [mode, setMode] = useState<"chosen" | "cohort">("chosen");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [dueDate, setDueDate] = useState(defaultDueDate);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const assign = useLazyMutation(
    (client, input: Parameters<typeof client.assignments.create.mutate>[0]) =>
      client.assignments.create.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) {
      setResult({ ok: false, text: "Due date: pick a day." });
      return;
    }
    if (mode === "chosen" && chosen.size === 0) {
      setResult({
        ok: false,
        text: "Candidates: choose at least one, or assign the whole cohort.",
      });
      return;
    }
    const dueAt = new Date(`${dueDate}T23:59:59`);
    if (dueAt.getTime() <= Date.now()) {
      setResult({
        ok: false,
        text: "That due date has already passed. Pick today or a later day.",
      });
      return;
    }
    try {
      const { created, updated } = await assign.mutateAsync(
        mode === "cohort"
          ? { setId, dueAt, wholeCohort: true }
          : { setId, dueAt, candidateIds: [...chosen] },
      );
      const parts = [
        created > 0 ? `assigned to ${created} candidate${created === 1 ? "" : "s"}` : null,
        updated > 0 ? `due date updated for ${updated} already assigned` : null,
      ].filter(Boolean);
      setResult({
        ok: true,
        text: parts.length > 0 ? `Done: ${parts.join("; ")}.` : "Nothing changed.",
      });
      setChosen(new Set());
      router.refresh();
    } catch (e) {
      setResult({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <CardForm
      heading="Assign"
      description="Candidates see the set on their practice page at once. Assigning again only moves the due date."
      onSubmit={onSubmit}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Who</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={mode === "chosen"}
            onChange={() => setMode("chosen")}
            className="size-4 accent-primary"
          />
          Chosen candidates
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${ids}-mode`}
            checked={mode === "cohort"}
            onChange={() => setMode("cohort")}
            className="size-4 accent-primary"
          />
          The whole cohort ({candidates.length})
        </label>
      </fieldset>
      {mode === "chosen" ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">Candidates</legend>
          {candidates.length === 0 ? (
            <p className="text-sm text-muted-foreground">This cohort has no candidates yet.</p>
          ) : (
            <ul className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-2">
              {candidates.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-accent">
                    <input
                      type="checkbox"
                      checked={chosen.has(c.id)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(c.id);
                        else next.delete(c.id);
                        setChosen(next);
                      }}
                      className="size-4 accent-primary"
                    />
                    <span className="flex min-w-0 flex-col">
                      <span className="truncate">{c.name}</span>
                      <span className="truncate text-xs text-muted-foreground">{c.email}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-due`}>Due date</Label>
        <Input
          id={`${ids}-due`}
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          className="w-fit"
          required
        />
      </div>
      {result ? (
        <Alert
          variant={result.ok ? "default" : "destructive"}
          role={result.ok ? "status" : "alert"}
        >
          <AlertDescription>{result.text}</AlertDescription>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={assign.isPending}>
          {assign.isPending ? <Spinner /> : <CalendarPlusIcon aria-hidden />}
          Assign set
        </Button>
      </div>
    </CardForm>
  );
}

/** A form in a card, named by its heading (and described by a line under it). */
function CardForm({
  heading,
  description,
  onSubmit,
  children,
}: {
  heading: string;
  description?: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form
      onSubmit={(e) => {
        void onSubmit(e);
      }}
      noValidate
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border bg-card p-5"
    >
      {description ? (
        <div className="flex flex-col gap-1">
          <h2 id={headingId} className="text-base font-semibold">
            {heading}
          </h2>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
      ) : (
        <h2 id={headingId} className="text-base font-semibold">
          {heading}
        </h2>
      )}
      {children}
    </form>
  );
}
