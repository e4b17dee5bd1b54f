import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/**
 * Runs a server-caller query; a foreign or malformed id becomes the 404 page. The API answers a
 * foreign id with NOT_FOUND and a malformed one with BAD_REQUEST: to a visitor both are "no such page".
 */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}
