"use client";

import { Button, Spinner } from "@debrief/ui";
import { SparklesIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "~/server/trpc";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

const guides: Record<Role, { title: string; steps: string[] }> = {
  candidate: {
    title: "How practice works",
    steps: [
      "Pick a question your coach assigned, or any from the bank, and write your answer as you would say it.",
      "Submit to get an instant score on eight dimensions, with the evidence marked in your own words.",
      "Revise as often as you like: each attempt shows what changed. Your coach reviews the latest one, and you can reply to their comments.",
    ],
  },
  coach: {
    title: "How coaching works",
    steps: [
      "Build question sets from the bank or your own questions, and assign them with a due date.",
      "Work the review queue: it holds each candidate's latest attempt, pre-scored by the engine. Accept or change each score, with a one-line reason.",
      "Submit, and the candidate reads your review at once. Replies to your comments wait at the top of the queue.",
    ],
  },
  lead: {
    title: "How leading works",
    steps: [
      "Invite coaches and candidates to a cohort from its Members page; each gets a single-use link.",
      "Watch the dashboard: scores per dimension, weekly trends, assignment completion and review turnaround.",
      "Export a cohort as CSV, or print a candidate's report, whenever you need it elsewhere.",
    ],
  },
};

/** The first-run welcome on a role's home, until its "Got it". */
export function FirstRunGuide({ forRole, firstName }: { forRole: Role; firstName: string }) {
  const router = useRouter();
  const [isHidden, setIsHidden] = useState(false);
  const dismiss = useLazyMutation((client, input: { role: Role }) =>
    client.me.dismissGuide.mutate(input),
  );
  if (isHidden) return null;
  const guide = guides[forRole];
  return (
    <section
      aria-labelledby="welcome-heading"
      data-testid="first-run-guide"
      className="flex flex-col gap-3 rounded-xl border border-primary/30 bg-primary/5 p-5"
    >
      <h2 id="welcome-heading" className="flex items-center gap-2 text-lg font-semibold">
        <SparklesIcon aria-hidden className="size-5 text-primary" />
        Welcome to Debrief, {firstName}
      </h2>
      <p className="text-sm font-medium">{guide.title}</p>
      <ol className="flex list-decimal flex-col gap-1.5 pl-5 text-sm">
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div>
        <Button
          size="sm"
          variant="outline"
          disabled={dismiss.isPending}
          onClick={async () => {
            try {
              await dismiss.mutateAsync({ role: forRole });
              setIsHidden(true);
              router.refresh();
            } catch {
              // Offline: hide it for now; it comes back on the next visit until saved.
              setIsHidden(true);
            }
          }}
        >
          {dismiss.isPending ? <Spinner /> : null}
          Got it
        </Button>
      </div>
    </section>
  );
}
