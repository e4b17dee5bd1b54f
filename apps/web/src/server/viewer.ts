import "server-only";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "~/lib/roles";
import { getServerCaller } from "~/trpc/server";

/** The signed-in user for a page; signed-out visitors go to /login. */
export const loadViewer = cache(async () => {
  const caller = await getServerCaller();
  try {
    return await caller.me.get();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/login");
    throw error;
  }
});

export type Viewer = Awaited<ReturnType<typeof loadViewer>>;

/**
 * The viewer, who must hold `role` somewhere; anyone else gets the "not for you" page, which
 * names the role the page needs and links to their own home.
 */
export async function requireViewerRole(role: Role) {
  const viewer = await loadViewer();
  if (!viewer.roles.includes(role)) redirect(`/not-allowed?for=${role}`);
  return { ...viewer, cohorts: viewer.memberships.filter((m) => m.role === role) };
}
