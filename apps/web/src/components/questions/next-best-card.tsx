import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@debrief/ui";
import { SparklesIcon } from "lucide-react";
import Link from "next/link";
import type { NextBestQuestion } from "~/components/answers/types";
import { kindLabel } from "~/components/rubric/rubric-view";

/** The question the candidate's weakest recent dimension points to, and why. */
export function NextBestCard({ next }: { next: NextBestQuestion | null }) {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2" className="flex items-center gap-2 text-base">
          <SparklesIcon aria-hidden className="size-4 text-primary" />
          Next best question
        </CardTitle>
        {next ? <CardDescription>{next.reason}</CardDescription> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {next ? (
          <>
            <div className="flex flex-col gap-1.5">
              <Badge variant="secondary">{kindLabel(next.question.kind)}</Badge>
              <p className="font-medium">{next.question.title}</p>
              <p className="line-clamp-3 text-sm text-muted-foreground">{next.question.prompt}</p>
            </div>
            <div>
              <Button asChild size="sm">
                <Link href={`/practice/questions/${next.question.id}`}>Answer this question</Link>
              </Button>
            </div>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">
            Every question has an answer from you. Revise one of your recent attempts to push its
            score up.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
