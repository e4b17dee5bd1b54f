import { scoreAnswer } from "@debrief/core";
import {
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
 * engine cannot score (another language, the question pasted back, ...) is stored as an
 * "unscorable" attempt with the engine's reason and message and no score: it never reaches a
 * coach, an average or an assignment's progress, and nobody is notified. A repeated idempotency
 * key returns the first result with `isDuplicate: true`.
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
  const fields = {
    candidateId: actor.candidateId,
    questionId: target.question.id,
    cohortId: target.cohortId,
    assignmentId: target.assignmentId,
    body: input.body,
    wordCount: result.stats.words,
    idempotencyKey: input.idempotencyKey,
    // An answer to an assignment tells the assigning coach; their emails wait for the digest.
    notify: { origin: linkOrigin(deps.origin), digestSeconds: env.mailDigestSeconds },
  };
  const saved =
    result.status === "unscorable"
      ? await recordSubmittedAnswer(db, {
          ...fields,
          unscorable: {
            reason: result.reason,
            message: result.message,
            engineVersion: result.version,
          },
        })
      : await recordSubmittedAnswer(db, {
          ...fields,
          score: {
            overall: result.overall,
            dimensions: result.dimensions,
            flags: result.flags,
            evidence: result.evidence,
            suggestions: result.suggestions,
            engineVersion: result.version,
          },
        });
  // Nobody is told about an unscorable attempt: there is nothing to grade.
  if (target.assignmentId && !saved.isDuplicate && result.status === "scored") {
    await kickMail(new Date(Date.now() + (env.mailDigestSeconds + 1) * 1000));
  }
  return saved;
}
