import { scoreAnswer } from "@debrief/core";
import {
  badRequest,
  type CandidateScope,
  type Db,
  recordSubmittedAnswer,
  resolvePracticeTarget,
  type SubmitResult,
} from "@debrief/db";
import { env } from "~/env";
import { kickMail } from "~/server/jobs/queue";
import { linkOrigin } from "~/server/mail/origin";
import type { SubmitAnswerInput } from "~/server/routers/answers.inputs";

/**
 * Scores the answer on the server (the client's live preview is never trusted) and stores the
 * answer, its auto score and engine version in one transaction, clearing the draft. Text the
 * engine cannot score is refused with its reason (BAD_REQUEST) and nothing is stored. A repeated
 * idempotency key returns the first result with `isDuplicate: true`.
 */
export async function submitAnswer(
  db: Db,
  actor: CandidateScope,
  input: SubmitAnswerInput,
  deps: { origin?: string } = {},
): Promise<SubmitResult> {
  const target = await resolvePracticeTarget(db, actor, input);
  const result = scoreAnswer({
    kind: target.question.kind,
    prompt: target.question.prompt,
    answer: input.body,
  });
  // Text that is not an answer (another language, the question pasted back, ...) is not stored
  // or scored: the candidate gets the engine's reason, and their text stays in the editor.
  if (result.status === "unscorable") throw badRequest(result.message);
  const saved = await recordSubmittedAnswer(db, {
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
    // An answer to an assignment tells the assigning coach; their emails wait for the digest.
    notify: { origin: linkOrigin(deps.origin), digestSeconds: env.mailDigestSeconds },
  });
  if (target.assignmentId && !saved.isDuplicate) {
    await kickMail(new Date(Date.now() + (env.mailDigestSeconds + 1) * 1000));
  }
  return saved;
}
