"use client";

import { DropdownMenuLoading, RoleSwitcher } from "@debrief/ui";
import { usePathname } from "next/navigation";
import { onDemand } from "~/lib/on-demand";
import { areaForPath, type NavArea } from "./nav-paths";

const RoleMenu = onDemand(
  () => import("./role-menu").then((m) => m.RoleMenu),
  <DropdownMenuLoading className="w-48" />,
);

/** For people who hold several roles: names the one in use; its menu links to the others. */
export function FrameRoleSwitcher({ areas }: { areas: NavArea[] }) {
  const area = areaForPath(areas, usePathname());
  if (!area) return null;
  return (
    <RoleSwitcher currentLabel={area.label} preload={RoleMenu.preload}>
      <RoleMenu areas={areas} current={area.role} />
    </RoleSwitcher>
  );
}
