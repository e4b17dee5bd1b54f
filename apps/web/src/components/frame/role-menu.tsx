"use client";

import { RoleSwitcherContent, RoleSwitcherItem } from "@debrief/ui";
import Link from "next/link";
import type { Role } from "~/lib/roles";
import type { NavArea } from "./nav-paths";

/** The open role menu: each role held, linking to its home; loaded on first open. */
export function RoleMenu({ areas, current }: { areas: NavArea[]; current: Role }) {
  return (
    <RoleSwitcherContent>
      {areas.map((area) => (
        <RoleSwitcherItem key={area.role} asChild current={area.role === current}>
          <Link href={area.home}>{area.label}</Link>
        </RoleSwitcherItem>
      ))}
    </RoleSwitcherContent>
  );
}
