import { OverallScore } from "@debrief/ui";
import { MessageSquareTextIcon } from "lucide-react";
import type { AnswerDetail } from "./types";

type CoachScore = NonNullable<AnswerDetail["coach"]>;

/** The coach's grade next to the engine's, their overall comment and their anchored comments. */
export function CoachReview({ coach, auto }: { coach: CoachScore; auto: AnswerDetail["auto"] }) {
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
          {coach.reviewerName ? `From ${coach.reviewerName}. ` : ""}The dimension bars above show
          the coach&apos;s grade as a second, thinner bar.
        </p>
      </div>
      <div className="flex flex-wrap gap-8">
        <OverallScore score={coach.overall} label="Coach" size="sm" />
        <OverallScore score={auto.overall} label="Automatic" size="sm" />
      </div>
      {coach.comment ? (
        <blockquote className="border-l-4 border-evidence-comment/60 pl-4 text-sm leading-relaxed whitespace-pre-wrap">
          {coach.comment}
        </blockquote>
      ) : null}
      {coach.comments.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Comments on your answer</h3>
          <ul className="flex flex-col gap-3">
            {coach.comments.map((c) => (
              <li key={`${c.start}-${c.end}-${c.body}`} className="flex flex-col gap-1 text-sm">
                <q className="text-muted-foreground italic">{c.quote}</q>
                <span className="whitespace-pre-wrap">{c.body}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
