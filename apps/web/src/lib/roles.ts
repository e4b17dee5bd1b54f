import type { MembershipRole } from "@debrief/db/schema";

// The one description of the roles in the web app: the schema's enum (membership_role) is the
// list; `Record<Role, …>` makes every map here name each of its values, so a new role fails to
// compile until it has words and a home. Type-only import: client components use this too.

export type Role = MembershipRole;

interface RoleWords {
  /** On a badge or a heading: "Team lead". */
  label: string;
  /** In a sentence: "the team lead role". */
  noun: string;
  /** "a team lead". */
  withArticle: string;
  /** "team leads". */
  plural: string;
  /** The role's area of the app. */
  home: string;
}

export const roleWords: Record<Role, RoleWords> = {
  candidate: {
    label: "Candidate",
    noun: "candidate",
    withArticle: "a candidate",
    plural: "candidates",
    home: "/practice",
  },
  coach: {
    label: "Coach",
    noun: "coach",
    withArticle: "a coach",
    plural: "coaches",
    home: "/coach",
  },
  lead: {
    label: "Team lead",
    noun: "team lead",
    withArticle: "a team lead",
    plural: "team leads",
    home: "/lead",
  },
};

/** Every role, in the order lists and pickers show them. */
export const roles = Object.keys(roleWords) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(roleWords, value);
}

// Where a user with several roles lands first: the role with the widest view.
const rolePriority: Role[] = ["lead", "coach", "candidate"];

/** The role whose home a user with `held` roles sees first; null when they hold none. */
export function primaryRole(held: readonly Role[]): Role | null {
  return rolePriority.find((role) => held.includes(role)) ?? null;
}
