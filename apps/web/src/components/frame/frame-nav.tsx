"use client";

import { ShellNav, ShellNavLink } from "@debrief/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { areaForPath, cohortNavItems, isNavItemActive, type NavArea } from "./nav-paths";

/** The pages of the area in view, the current one marked as such. */
export function FrameNav({ areas }: { areas: NavArea[] }) {
  const pathname = usePathname();
  const area = areaForPath(areas, pathname);
  if (!area) return null;
  const items = [...area.items, ...cohortNavItems(pathname)];
  return (
    <ShellNav label={`${area.label} navigation`}>
      {items.map((item) => (
        <ShellNavLink key={item.href} asChild active={isNavItemActive(item, pathname)}>
          <Link href={item.href}>{item.label}</Link>
        </ShellNavLink>
      ))}
    </ShellNav>
  );
}
