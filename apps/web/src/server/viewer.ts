import "server-only";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "~/server/trpc";
import { getServerCaller } from "~/trpc/server";

export const roleHomes: Record<Role, string> = {
  candidate: "/practice",
  coach: "/coach",
  lead: "/lead",
};

// Where a user with several roles lands first: the role with the widest view.
const rolePriority: Role[] = ["lead", "coach", "candidate"];

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

export function primaryRole(viewer: Viewer): Role | null {
  return rolePriority.find((role) => viewer.roles.includes(role)) ?? null;
}

/**
 * The viewer, who must hold `role` somewhere; anyone else gets the "not for you" page, which
 * names the role the page needs and links to their own home.
 */
export async function requireViewerRole(role: Role) {
  const viewer = await loadViewer();
  if (!viewer.roles.includes(role)) redirect(`/not-allowed?for=${role}`);
  return { ...viewer, cohorts: viewer.memberships.filter((m) => m.role === role) };
}
