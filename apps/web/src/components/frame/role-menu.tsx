"use client";

import { RoleSwitcherContent, RoleSwitcherItem } from "@debrief/ui";
import Link from "next/link";
import { homeFor } from "~/components/navigation";
import { type Role, roleWords } from "~/lib/roles";

/** The open role menu: each role held, linking to its home; loaded on first open. */
export function RoleMenu({ roles, current }: { roles: Role[]; current: Role }) {
  return (
    <RoleSwitcherContent>
      {roles.map((role) => (
        <RoleSwitcherItem key={role} asChild current={role === current}>
          <Link href={homeFor(role)}>{roleWords[role].label}</Link>
        </RoleSwitcherItem>
      ))}
    </RoleSwitcherContent>
  );
}
