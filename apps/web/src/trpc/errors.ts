import type { TRPCClientErrorLike } from "@trpc/client";
import { humanMessage } from "~/lib/human-message";
import type { AppRouter } from "~/server/routers/root";

/**
 * A failed tRPC call, with `data` typed by the server's error formatter (`code`, `fieldErrors`,
 * `conflict`). `data` is absent when the request never got an answer.
 */
export type TrpcError = Error & TRPCClientErrorLike<AppRouter>;

/** A failed call the server answered: `data` is present. */
export type ServerAnswer = TrpcError & { data: NonNullable<TrpcError["data"]> };

/**
 * A TRPCClientError, answered or not. Checked by name, so client modules that load the tRPC
 * client lazily need not import @trpc/client's code to recognise its errors.
 */
export function isTrpcClientError(error: unknown): error is TrpcError {
  return error instanceof Error && error.name === "TRPCClientError";
}

/** The server answered with an error, as opposed to a request that never got an answer. */
export function isServerAnswer(error: unknown): error is ServerAnswer {
  return isTrpcClientError(error) && Boolean(error.data);
}

/** The error's tRPC code ("CONFLICT", "NOT_FOUND" …) when the server answered. */
export function serverErrorCode(error: unknown): ServerAnswer["data"]["code"] | undefined {
  return isServerAnswer(error) ? error.data.code : undefined;
}

/** What to say when the server could not be reached, and what the person can do about it. */
export function unreachableMessage(advice = "Check your connection and try again."): string {
  return `Couldn't reach Debrief. ${advice}`;
}

/** The server's own message for an answered error (it names the problem), else `unreachableMessage`. */
export function errorMessage(error: unknown, adviceWhenUnreachable?: string): string {
  return isServerAnswer(error)
    ? humanMessage(error.message)
    : unreachableMessage(adviceWhenUnreachable);
}
