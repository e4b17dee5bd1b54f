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

// SQLSTATEs and socket errors that mean "the server is not there (right now)", as opposed to
// a query the server refused. Class 08 is connection exceptions; 57P01-03 are admin shutdown,
// crash shutdown and "cannot connect now" (starting up or in recovery).
const unavailableSqlStates = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
// Only refusals to connect: a reset or a broken pipe may as well be the HTTP client hanging up.
const unavailableSocketCodes = new Set([
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
const unavailableMessages = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Cannot use a pool after calling end",
  "the database system is",
];

/**
 * True when `error` (or any cause it wraps: drizzle wraps the driver's error) says the database
 * could not be reached, so the caller should answer "try again in a moment", not "bug".
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 8; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (
      typeof code === "string" &&
      (unavailableSqlStates.has(code) || unavailableSocketCodes.has(code))
    )
      return true;
    if (typeof message === "string" && unavailableMessages.some((m) => message.includes(m)))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
