export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "BAD_REQUEST"
  | "TOO_MANY_REQUESTS";

/**
 * A failure the caller can act on. The web layer maps `code` to a tRPC error in one place,
 * so procedures need no try/catch; anything that is not a DomainError is a bug (500).
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  /** Safe to send to the client: what the caller needs to recover (e.g. the grade that won). */
  readonly details: Record<string, unknown> | null;

  constructor(
    code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.code = code;
    this.details = options?.details ?? null;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const notFound = (message = "Not found") => new DomainError("NOT_FOUND", message);
export const forbidden = (message = "Forbidden") => new DomainError("FORBIDDEN", message);
export const conflict = (message: string) => new DomainError("CONFLICT", message);
export const badRequest = (message: string) => new DomainError("BAD_REQUEST", message);
export const tooManyRequests = (message = "Too many requests") =>
  new DomainError("TOO_MANY_REQUESTS", message);

/** Throws NOT_FOUND when a lookup came back empty; the usual answer to a foreign id. */
export function assertFound<T>(value: T | null | undefined, message?: string): T {
  if (value === null || value === undefined) throw notFound(message);
  return value;
}
