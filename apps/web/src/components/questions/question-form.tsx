"use client";

import type { QuestionKind } from "@debrief/core/rubric";
import {
  Alert,
  AlertDescription,
  Badge,
  Button,
  DimensionBars,
  Input,
  Label,
  NativeSelect,
  OverallScore,
  Spinner,
  Textarea,
} from "@debrief/ui";
import { SaveIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { type InitialPreview, useScorePreview } from "~/components/answers/use-score-preview";
import { isServerAnswer, unreachableMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

export interface QuestionFields {
  cohortId: string;
  kind: string;
  title: string;
  prompt: string;
  guidance: string;
  exampleAnswer: string;
}

type FieldErrors = Partial<Record<keyof QuestionFields, string>>;

/**
 * Create or edit a cohort-owned question. The example answer is scored in the browser as the
 * coach types (the same engine that scores candidates), so a weak example is caught before
 * candidates read it.
 */
export function QuestionForm({
  questionId,
  initial,
  cohorts,
  kinds,
  dimensions,
  weights,
  initialPreview = null,
}: {
  /** Absent when creating. */
  questionId?: string;
  initial: QuestionFields;
  /** The example answer's score from the server, shown until the coach edits. */
  initialPreview?: InitialPreview | null;
  cohorts: { id: string; name: string }[];
  kinds: { key: string; label: string }[];
  dimensions: { key: string; label: string }[];
  weights: Record<string, Record<string, number>>;
}) {
  const router = useRouter();
  const ids = useId();
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useLazyMutation(
    (client, input: Parameters<typeof client.questions.create.mutate>[0]) =>
      client.questions.create.mutate(input),
  );
  const update = useLazyMutation(
    (client, input: Parameters<typeof client.questions.update.mutate>[0]) =>
      client.questions.update.mutate(input),
  );
  const isPending = create.isPending || update.isPending;
  const preview = useScorePreview(
    fields.kind as QuestionKind,
    fields.prompt,
    fields.exampleAnswer,
    { initial: initialPreview },
  );
  const score =
    preview.kind === "ready" ? preview.score : preview.kind === "loading" ? preview.last : null;

  const set = (key: keyof QuestionFields) => (value: string) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (fields.title.trim() === "") found.title = "Title: give the question a short title.";
    if (fields.prompt.trim() === "") found.prompt = "Prompt: write the question candidates answer.";
    if (!questionId && fields.cohortId === "") found.cohortId = "Cohort: choose one.";
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    setFormError(null);
    const payload = {
      kind: fields.kind as QuestionKind,
      title: fields.title.trim(),
      prompt: fields.prompt.trim(),
      guidance: fields.guidance.trim(),
      exampleAnswer: fields.exampleAnswer.trim(),
    };
    try {
      if (questionId) await update.mutateAsync({ questionId, ...payload });
      else await create.mutateAsync({ cohortId: fields.cohortId, ...payload });
      router.push("/coach/questions");
      router.refresh();
    } catch (e) {
      const fieldErrors = isServerAnswer(e) ? e.data.fieldErrors : null;
      if (fieldErrors) {
        setErrors(
          Object.fromEntries(
            Object.entries(fieldErrors).map(([k, v]) => [k, `${k}: ${v.join(", ")}`]),
          ) as FieldErrors,
        );
      }
      setFormError(
        isServerAnswer(e) ? e.message : unreachableMessage("Your text is still here; try again."),
      );
    }
  };

  const field = (key: keyof QuestionFields) => ({
    id: `${ids}-${key}`,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${ids}-${key}-error` : undefined,
  });
  const errorText = (key: keyof QuestionFields) =>
    errors[key] ? (
      <p id={`${ids}-${key}-error`} className="text-xs font-medium text-destructive">
        {errors[key]}
      </p>
    ) : null;
  const kindWeights = weights[fields.kind] ?? {};

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_28rem]">
      <form
        onSubmit={(e) => {
          void onSubmit(e);
        }}
        noValidate
        className="flex flex-col gap-5"
        aria-label={questionId ? "Edit question" : "New question"}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          {questionId ? null : (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${ids}-cohortId`}>Cohort</Label>
              <NativeSelect
                {...field("cohortId")}
                className="w-full"
                value={fields.cohortId}
                onChange={(e) => set("cohortId")(e.target.value)}
              >
                <option value="" disabled>
                  Choose a cohort
                </option>
                {cohorts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
              {errorText("cohortId")}
            </div>
          )}
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${ids}-kind`}>Kind</Label>
            <NativeSelect
              {...field("kind")}
              className="w-full"
              value={fields.kind}
              onChange={(e) => set("kind")(e.target.value)}
            >
              {kinds.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.label}
                </option>
              ))}
            </NativeSelect>
            {errorText("kind")}
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-title`}>Title</Label>
          <Input
            {...field("title")}
            value={fields.title}
            onChange={(e) => set("title")(e.target.value)}
            maxLength={200}
          />
          {errorText("title")}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-prompt`}>Prompt</Label>
          <Textarea
            {...field("prompt")}
            value={fields.prompt}
            onChange={(e) => set("prompt")(e.target.value)}
            rows={3}
            maxLength={2000}
          />
          {errorText("prompt")}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-guidance`}>Guidance</Label>
          <Textarea
            {...field("guidance")}
            value={fields.guidance}
            onChange={(e) => set("guidance")(e.target.value)}
            rows={4}
            maxLength={4000}
            placeholder="What a strong answer covers; candidates see this before they write"
          />
          {errorText("guidance")}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-exampleAnswer`}>Example answer</Label>
          <Textarea
            {...field("exampleAnswer")}
            value={fields.exampleAnswer}
            onChange={(e) => set("exampleAnswer")(e.target.value)}
            rows={12}
            maxLength={20000}
          />
          {errorText("exampleAnswer")}
        </div>
        {formError ? (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" disabled={isPending}>
            {isPending ? <Spinner /> : <SaveIcon aria-hidden />}
            {questionId ? "Save changes" : "Create question"}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.push("/coach/questions")}>
            Cancel
          </Button>
        </div>
      </form>

      <section
        aria-labelledby={`${ids}-preview`}
        aria-busy={preview.kind === "loading"}
        className="flex flex-col gap-4 self-start rounded-xl border bg-card p-4 lg:sticky lg:top-20"
      >
        <div className="flex items-center justify-between gap-2">
          <h2 id={`${ids}-preview`} className="text-sm font-semibold">
            Engine score of the example
          </h2>
          <Badge variant="outline">Live</Badge>
        </div>
        {score && "unscorable" in score ? (
          <p
            role="status"
            className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
          >
            <span className="font-medium">The engine would not score this example. </span>
            {score.unscorable}
          </p>
        ) : score ? (
          <>
            <OverallScore score={score.overall} label="Example" size="sm" />
            <DimensionBars
              descriptions="hidden"
              seriesLabel="Example"
              dimensions={dimensions.map((d) => ({
                key: d.key,
                label: d.label,
                weight: kindWeights[d.key],
                score: score.dimensions[d.key] ?? 0,
              }))}
              className="text-sm"
            />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">
            {preview.kind === "failed"
              ? "The engine could not load here. The question still saves."
              : preview.kind === "loading"
                ? "Scoring…"
                : "Write an example answer to see how the engine scores it for this kind."}
          </p>
        )}
        <p className="text-xs text-muted-foreground">
          Candidates read the example as a model: aim for a strong score on the dimensions this kind
          weights most.
        </p>
      </section>
    </div>
  );
}
