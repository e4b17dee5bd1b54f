import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a procedure call that must fail, asserts its tRPC code, and returns the error. */
export async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}
