import { type Role, roles, roleWords } from "~/lib/roles";

export interface NavItem {
  href: string;
  label: string;
  /** Active only on an exact match (a role's home), not on its sub-pages. */
  exact?: boolean;
}

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
  const match = roleByPrefix.find(
    ([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  return match ? match[1] : null;
}

/**
 * Pages of the one cohort in view (a lead's dashboard and members), which a static list cannot
 * name: they join the nav while the lead is inside that cohort.
 */
export function cohortNavItems(pathname: string): NavItem[] {
  const match = /^\/lead\/cohorts\/([^/]+)/.exec(pathname);
  if (!match?.[1]) return [];
  const base = `/lead/cohorts/${match[1]}`;
  return [
    { href: base, label: "Dashboard", exact: true },
    { href: `${base}/members`, label: "Members" },
  ];
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  return item.exact
    ? pathname === item.href
    : pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** Where a role lands after signing in or accepting an invitation. */
export function homeFor(role: Role): string {
  return roleNavigation[role].home;
}
