import { scoreAnswer } from "@debrief/core";
import {
  type CandidateScope,
  type Db,
  recordSubmittedAnswer,
  resolvePracticeTarget,
  type SubmitResult,
} from "@debrief/db";
import type { SubmitAnswerInput } from "~/lib/practice-inputs";

/**
 * Scores the answer on the server (the client's live preview is never trusted) and stores the
 * answer, its auto score and engine version in one transaction, clearing the draft. A repeated
 * idempotency key returns the first result with `isDuplicate: true`.
 */
export async function submitAnswer(
  db: Db,
  actor: CandidateScope,
  input: SubmitAnswerInput,
): Promise<SubmitResult> {
  const target = await resolvePracticeTarget(db, actor, input);
  const result = scoreAnswer({
    kind: target.question.kind,
    prompt: target.question.prompt,
    answer: input.body,
  });
  return recordSubmittedAnswer(db, {
    candidateId: actor.candidateId,
    questionId: target.question.id,
    cohortId: target.cohortId,
    assignmentId: target.assignmentId,
    body: input.body,
    wordCount: result.stats.words,
    idempotencyKey: input.idempotencyKey,
    score: {
      overall: result.overall,
      dimensions: result.dimensions,
      flags: result.flags,
      evidence: result.evidence,
      suggestions: result.suggestions,
      engineVersion: result.version,
    },
  });
}
