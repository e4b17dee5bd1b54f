import type { Role } from "~/lib/roles";

// Path matching for the frame's navigation, shared by the server (navigation.ts) and the client
// parts that mark the page in view; the role maps themselves stay in navigation.ts.

export interface NavItem {
  href: string;
  label: string;
  /** Active only on an exact match (a role's home), not on its sub-pages. */
  exact?: boolean;
}

/** One role's area as the frame's client parts receive it. */
export interface NavArea {
  role: Role;
  label: string;
  home: string;
  items: NavItem[];
}

/** The path is `prefix` or below it. */
export function isWithin(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The area whose pages are in view; outside every area (account pages), the first held. */
export function areaForPath(areas: readonly NavArea[], pathname: string): NavArea | undefined {
  return areas.find((area) => isWithin(pathname, area.home)) ?? areas[0];
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
  return item.exact ? pathname === item.href : isWithin(pathname, item.href);
}
