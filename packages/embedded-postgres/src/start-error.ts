/**
 * A start that cannot succeed. The message is one sentence for the person starting Debrief:
 * what is wrong and what to do about it. The web app prints it and exits non-zero.
 */
export class StartError extends Error {
  override readonly name = "StartError";
}

export function isStartError(error: unknown): error is StartError {
  return error instanceof StartError;
}
