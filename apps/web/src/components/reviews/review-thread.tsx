"use client";

import { Button, Label, Spinner, Textarea } from "@debrief/ui";
import { CornerDownRightIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

export interface ThreadReply {
  id: string;
  authorName: string;
  isCandidate: boolean;
  body: string;
  createdAt: Date;
}

/**
 * A short conversation under one coach comment (or the overall comment), with a reply box. The
 * candidate replies through answers.reply, a coach through reviews.reply; the page re-renders
 * from the server once a reply is saved.
 */
export function ReviewThread({
  answerId,
  commentId,
  replies,
  as,
  subject,
  maxLength,
}: {
  answerId: string;
  commentId: string | null;
  replies: readonly ThreadReply[];
  as: "candidate" | "coach";
  /** The longest reply the server takes (db's maxReplyLength, passed by the server page). */
  maxLength: number;
  /** What is being replied to, for the reply box's label ("the overall comment", a quote). */
  subject: string;
}) {
  const router = useRouter();
  const ids = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const send = useLazyMutation(
    (client, input: { answerId: string; commentId: string | null; body: string }) =>
      as === "candidate" ? client.answers.reply.mutate(input) : client.reviews.reply.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (text.length === 0) {
      setError("Write a reply before sending it.");
      return;
    }
    try {
      await send.mutateAsync({ answerId, commentId, body: text });
      setBody("");
      setError(null);
      setIsOpen(false);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="flex flex-col gap-2">
      {replies.length > 0 ? (
        <ol className="flex flex-col gap-2 border-l-2 border-border pl-3" aria-label="Replies">
          {replies.map((reply) => (
            <li key={reply.id} className="flex flex-col gap-0.5 text-sm">
              <span className="text-xs text-muted-foreground">
                <span className="font-medium text-foreground">{reply.authorName}</span>
                {reply.isCandidate ? " (candidate)" : " (coach)"} ·{" "}
                <LocalTime value={reply.createdAt} />
              </span>
              <span className="whitespace-pre-wrap">{reply.body}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {isOpen ? (
        <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-2">
          <Label htmlFor={`${ids}-reply`} className="text-xs">
            Reply to {subject}
          </Label>
          <Textarea
            id={`${ids}-reply`}
            value={body}
            maxLength={maxLength}
            rows={3}
            onChange={(e) => setBody(e.currentTarget.value)}
            aria-describedby={error ? `${ids}-error` : undefined}
            autoFocus
          />
          {error ? (
            <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={send.isPending}>
              {send.isPending ? <Spinner /> : null}
              Send reply
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setIsOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button type="button" size="sm" variant="ghost" onClick={() => setIsOpen(true)}>
            <CornerDownRightIcon aria-hidden />
            Reply
            <span className="sr-only"> to {subject}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
