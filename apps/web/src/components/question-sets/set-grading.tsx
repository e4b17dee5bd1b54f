"use client";

import { Alert, AlertDescription, Button, Spinner } from "@debrief/ui";
import { EyeOffIcon, HourglassIcon, SendIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

type ReleaseMode = "on_submit" | "on_publish";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Release mode and blind grading for one set. Switching back to "release each review when it's
 * submitted" releases the reviews still held, so the button says so before the coach saves.
 */
export function GradingSettingsForm({
  setId,
  initialReleaseMode,
  initialBlind,
  heldReviews,
}: {
  setId: string;
  initialReleaseMode: ReleaseMode;
  initialBlind: boolean;
  heldReviews: number;
}) {
  const router = useRouter();
  const ids = useId();
  const [releaseMode, setReleaseMode] = useState<ReleaseMode>(initialReleaseMode);
  const [blind, setBlind] = useState(initialBlind);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useLazyMutation(
    (client, input: Parameters<typeof client.questionSets.updateGrading.mutate>[0]) =>
      client.questionSets.updateGrading.mutate(input),
  );
  const isDirty = releaseMode !== initialReleaseMode || blind !== initialBlind;
  const releasesHeld =
    initialReleaseMode === "on_publish" && releaseMode === "on_submit" && heldReviews > 0;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await save.mutateAsync({ setId, releaseMode, blind });
      setStatus({
        ok: true,
        text:
          result.published > 0
            ? `Saved. ${plural(result.published, "held review was", "held reviews were")} released to candidates.`
            : "Saved.",
      });
      router.refresh();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <form
      onSubmit={(e) => {
        void onSubmit(e);
      }}
      noValidate
      aria-labelledby={`${ids}-heading`}
      className="flex flex-col gap-4 rounded-xl border bg-card p-5"
      data-testid="grading-settings"
    >
      <div className="flex flex-col gap-1">
        <h2 id={`${ids}-heading`} className="text-base font-semibold">
          Grading
        </h2>
        <p className="text-sm text-muted-foreground">
          When candidates see your reviews of this set, and whether you see who wrote each answer.
        </p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Release reviews</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={`${ids}-release`}
            checked={releaseMode === "on_submit"}
            onChange={() => setReleaseMode("on_submit")}
            className="mt-0.5 size-4 shrink-0 accent-primary"
          />
          <span>Release each review when it's submitted</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={`${ids}-release`}
            checked={releaseMode === "on_publish"}
            onChange={() => setReleaseMode("on_publish")}
            className="mt-0.5 size-4 shrink-0 accent-primary"
          />
          <span className="flex flex-col gap-0.5">
            <span>Hold reviews until I publish them</span>
            <span className="text-xs text-muted-foreground">
              Candidates see nothing and get no notification until you publish the set's reviews
              together. Reviews they can already read stay visible.
            </span>
          </span>
        </label>
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={blind}
          onChange={(e) => setBlind(e.target.checked)}
          className="mt-0.5 size-4 shrink-0 accent-primary"
        />
        <span className="flex flex-col gap-0.5">
          <span className="inline-flex items-center gap-1.5">
            <EyeOffIcon aria-hidden className="size-4" /> Blind grading
          </span>
          <span className="text-xs text-muted-foreground">
            Coaches see a pseudonym such as “Candidate 3F9A0” instead of the candidate's name, email
            or profile until the answer's review is published.
          </span>
        </span>
      </label>
      {releasesHeld ? (
        <Alert data-testid="releases-held">
          <HourglassIcon aria-hidden />
          <AlertDescription>
            Saving releases the {plural(heldReviews, "held review", "held reviews")} now, and tells
            their candidates.
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" disabled={save.isPending || !isDirty}>
          {save.isPending ? <Spinner /> : null}
          {releasesHeld
            ? `Save and release ${plural(heldReviews, "review", "reviews")}`
            : "Save grading settings"}
        </Button>
        <span
          role="status"
          data-testid="grading-status"
          className={
            status?.ok === false ? "text-sm text-destructive" : "text-sm text-muted-foreground"
          }
        >
          {status?.text}
        </span>
      </div>
    </form>
  );
}

/** The set's held reviews and the one action that releases them all, together. */
export function PublishReviewsPanel({
  setId,
  heldReviews,
}: {
  setId: string;
  heldReviews: number;
}) {
  const router = useRouter();
  const headingId = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const publish = useLazyMutation((client, input: { setId: string }) =>
    client.questionSets.publishReviews.mutate(input),
  );

  const onPublish = async () => {
    try {
      const result = await publish.mutateAsync({ setId });
      setStatus({
        ok: true,
        text:
          result.published > 0
            ? `Published ${plural(result.published, "review", "reviews")}. Each candidate has been told.`
            : "Nothing was waiting: these reviews were already published.",
      });
      router.refresh();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      data-testid="publish-reviews"
      className="flex flex-col gap-3 rounded-xl border border-info/40 bg-info/5 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex items-start gap-3">
        <HourglassIcon aria-hidden className="mt-0.5 size-5 shrink-0 text-info" />
        <div className="flex flex-col gap-0.5">
          <h2 id={headingId} className="text-base font-semibold">
            {heldReviews > 0
              ? `${plural(heldReviews, "review", "reviews")} ready to publish`
              : "No reviews waiting to be published"}
          </h2>
          <p className="text-sm text-muted-foreground">
            {heldReviews > 0
              ? "Submitted reviews of this set are held. Candidates see them, and are told, when you publish."
              : "This set holds reviews: submitted ones wait here until you publish them together."}
          </p>
          <p
            role="status"
            data-testid="publish-status"
            className={status?.ok === false ? "text-sm text-destructive" : "text-sm text-success"}
          >
            {status?.text}
          </p>
        </div>
      </div>
      {heldReviews > 0 ? (
        <Button
          className="shrink-0 self-start sm:self-center"
          disabled={publish.isPending}
          onClick={() => {
            void onPublish();
          }}
        >
          {publish.isPending ? <Spinner /> : <SendIcon aria-hidden />}
          Publish reviews
        </Button>
      ) : null}
    </section>
  );
}
