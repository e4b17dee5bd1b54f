import type { DimensionKey } from "@debrief/core/rubric";
import { maxReplyLength } from "@debrief/db/limits";
import { OverallScore } from "@debrief/ui";
import { MessageSquareTextIcon } from "lucide-react";
import type { AnswerDetail } from "~/components/answers/types";
import { ReviewThread } from "~/components/reviews/on-demand";

type CoachScore = NonNullable<AnswerDetail["coach"]>;

export interface DimensionLabel {
  key: DimensionKey;
  label: string;
}

/**
 * The coach's review as the candidate reads it: per dimension the engine's score, the coach's
 * and, where they differ, the coach's reason; the overall comment; the comments anchored in
 * the answer; and under each, a short thread the candidate can reply in.
 */
export function CoachReview({
  answerId,
  coach,
  auto,
  dimensions,
}: {
  answerId: string;
  coach: CoachScore;
  auto: NonNullable<AnswerDetail["auto"]>;
  dimensions: readonly DimensionLabel[];
}) {
  const repliesTo = (commentId: string | null) =>
    coach.replies.filter((reply) => reply.commentId === commentId);
  return (
    <section
      aria-labelledby="coach-heading"
      className="flex flex-col gap-5 rounded-xl border border-evidence-comment/40 bg-card p-5"
    >
      <div className="flex flex-col gap-1">
        <h2 id="coach-heading" className="flex items-center gap-2 text-lg font-semibold">
          <MessageSquareTextIcon aria-hidden className="size-5 text-evidence-comment" />
          Coach review
        </h2>
        <p className="text-sm text-muted-foreground">
          {coach.reviewerName ? `From ${coach.reviewerName}. ` : ""}Where your coach scored a
          dimension differently from the automatic score, they say why.
        </p>
      </div>
      <div className="flex flex-wrap gap-8">
        <OverallScore score={coach.overall} label="Coach" size="sm" />
        <OverallScore score={auto.overall} label="Automatic" size="sm" />
      </div>

      <div className="overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm" data-testid="coach-dimensions">
          <caption className="sr-only">Scores per dimension, automatic and coach</caption>
          <thead>
            <tr className="border-b text-left text-xs text-muted-foreground">
              <th scope="col" className="py-2 pr-3 font-medium">
                Dimension
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Automatic
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Coach
              </th>
              <th scope="col" className="py-2 pl-3 font-medium">
                Coach&apos;s reason
              </th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map(({ key, label }) => {
              const engine = auto.dimensions[key];
              const given = coach.dimensions[key];
              const reason = coach.overrideReasons[key];
              const diff = given - engine;
              return (
                <tr key={key} className="border-b last:border-0">
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    {label}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{engine}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">
                    {given}
                    {diff !== 0 ? (
                      <span className="ml-1 font-normal text-muted-foreground">
                        ({diff > 0 ? `+${diff}` : diff})
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pl-3 text-muted-foreground">
                    {diff !== 0 ? (
                      <span className="text-foreground">{reason ?? "No reason given."}</span>
                    ) : (
                      "Agrees with the automatic score."
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {coach.comment ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Overall comment</h3>
          <blockquote className="border-l-4 border-evidence-comment/60 pl-4 text-sm leading-relaxed whitespace-pre-wrap">
            {coach.comment}
          </blockquote>
          <ReviewThread
            maxLength={maxReplyLength}
            answerId={answerId}
            commentId={null}
            replies={repliesTo(null)}
            as="candidate"
            subject="the overall comment"
          />
        </div>
      ) : null}
      {coach.comments.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Comments on your answer</h3>
          <ul className="flex flex-col gap-4">
            {coach.comments.map((c) => (
              <li key={c.id} className="flex flex-col gap-1 text-sm" id={`comment-${c.id}`}>
                <q className="text-muted-foreground italic">{c.quote}</q>
                <span className="whitespace-pre-wrap">{c.body}</span>
                <ReviewThread
                  maxLength={maxReplyLength}
                  answerId={answerId}
                  commentId={c.id}
                  replies={repliesTo(c.id)}
                  as="candidate"
                  subject={`the comment on “${c.quote.length > 40 ? `${c.quote.slice(0, 39)}…` : c.quote}”`}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
