import { type Role, roles, roleWords } from "~/lib/roles";
import { isWithin, type NavArea, type NavItem } from "./nav-paths";

/** Each role's area: its home first, then its pages. Adding a page means adding a line here. */
export const roleNavigation: Record<Role, { home: string; items: NavItem[] }> = {
  candidate: {
    home: roleWords.candidate.home,
    items: [
      { href: "/practice", label: "Practice", exact: true },
      { href: "/practice/questions", label: "Questions" },
    ],
  },
  coach: {
    home: roleWords.coach.home,
    items: [
      { href: "/coach", label: "Overview", exact: true },
      { href: "/coach/queue", label: "Review queue" },
      { href: "/coach/questions", label: "Questions" },
      { href: "/coach/sets", label: "Sets" },
      { href: "/coach/agreement", label: "Agreement" },
    ],
  },
  lead: {
    home: roleWords.lead.home,
    items: [{ href: "/lead", label: "Cohorts", exact: true }],
  },
};

const roleByPrefix: [string, Role][] = roles.map((role) => [roleWords[role].home, role]);

export function roleForPath(pathname: string): Role | null {
  const match = roleByPrefix.find(([prefix]) => isWithin(pathname, prefix));
  return match ? match[1] : null;
}

/** Where a role lands after signing in or accepting an invitation. */
export function homeFor(role: Role): string {
  return roleNavigation[role].home;
}

/**
 * The areas of the roles someone holds, as data for the frame's client parts (which pick the
 * one in view from the path), so the role maps above stay on the server.
 */
export function navAreasFor(held: readonly Role[]): NavArea[] {
  return held.map((role) => ({
    role,
    label: roleWords[role].label,
    home: roleNavigation[role].home,
    items: roleNavigation[role].items,
  }));
}
