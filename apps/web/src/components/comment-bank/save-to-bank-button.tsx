"use client";

import { Button } from "@debrief/ui";
import { BookmarkCheckIcon, BookmarkPlusIcon } from "lucide-react";
import { useState } from "react";
import { errorMessage, serverErrorCode } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";
import type { CommentBankEntry } from "./types";

/**
 * Saves a comment's text to the organisation's bank (the bank of the answer's cohort), then
 * hands the entry back so the comment links to it. Already linked: says so instead.
 */
export function SaveToBankButton({
  text,
  cohortId,
  isInBank,
  onSaved,
  label = "Save to bank",
}: {
  text: string;
  cohortId: string;
  isInBank: boolean;
  onSaved: (entry: CommentBankEntry) => void;
  label?: string;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const create = useLazyMutation((client, input: { text: string; cohortId: string }) =>
    client.commentBank.create.mutate(input),
  );
  const trimmed = text.trim();
  if (isInBank) {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
        <BookmarkCheckIcon aria-hidden className="size-3.5" />
        From the bank
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={trimmed === "" || create.isPending}
        onClick={async () => {
          setMessage(null);
          try {
            onSaved(await create.mutateAsync({ text: trimmed, cohortId }));
            setMessage("Saved to the bank.");
          } catch (error) {
            setMessage(
              serverErrorCode(error) === "CONFLICT"
                ? "That comment is already in the bank: type a few of its words to insert it."
                : errorMessage(error),
            );
          }
        }}
      >
        <BookmarkPlusIcon aria-hidden />
        {label}
      </Button>
      <span role="status" className="text-xs text-muted-foreground">
        {message}
      </span>
    </span>
  );
}
