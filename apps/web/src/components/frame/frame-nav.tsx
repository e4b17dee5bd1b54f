"use client";

import { DropdownMenuLoading, RoleSwitcher, ShellNav, ShellNavLink } from "@debrief/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  cohortNavItems,
  isNavItemActive,
  roleForPath,
  roleNavigation,
} from "~/components/navigation";
import { onDemand } from "~/lib/on-demand";
import { type Role, roleWords } from "~/lib/roles";

const RoleMenu = onDemand(
  () => import("./role-menu").then((m) => m.RoleMenu),
  <DropdownMenuLoading className="w-48" />,
);

/** The role whose area is in view; outside every area (account pages), the first held. */
function useCurrentRole(roles: Role[]): Role | null {
  return roleForPath(usePathname()) ?? roles[0] ?? null;
}

/** The current role's pages, the one in view marked as such. */
export function FrameNav({ roles }: { roles: Role[] }) {
  const pathname = usePathname();
  const current = useCurrentRole(roles);
  if (!current) return null;
  const items = [...roleNavigation[current].items, ...cohortNavItems(pathname)];
  return (
    <ShellNav label={`${roleWords[current].label} navigation`}>
      {items.map((item) => (
        <ShellNavLink key={item.href} asChild active={isNavItemActive(item, pathname)}>
          <Link href={item.href}>{item.label}</Link>
        </ShellNavLink>
      ))}
    </ShellNav>
  );
}

/** For people who hold several roles: names the one in use; its menu links to the others. */
export function FrameRoleSwitcher({ roles }: { roles: Role[] }) {
  const current = useCurrentRole(roles);
  if (!current) return null;
  return (
    <RoleSwitcher currentLabel={roleWords[current].label} preload={RoleMenu.preload}>
      <RoleMenu roles={roles} current={current} />
    </RoleSwitcher>
  );
}
