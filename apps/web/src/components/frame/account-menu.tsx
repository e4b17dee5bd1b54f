"use client";

import { DropdownMenuLoading, UserMenu } from "@debrief/ui";
import type { ReactNode } from "react";
import { onDemand } from "~/lib/on-demand";

const AccountMenuContent = onDemand(
  () => import("./account-menu-content").then((m) => m.AccountMenuContent),
  <DropdownMenuLoading className="w-64" />,
);

/** The avatar button; its menu (account page, sign out) loads when it is first opened. */
export function AccountMenu({
  label,
  name,
  email,
  signOutAction,
}: {
  /** The button's face (<AccountBadge>), rendered by the server frame. */
  label: ReactNode;
  name: string;
  email: string;
  signOutAction: () => Promise<void>;
}) {
  return (
    <UserMenu label={label} preload={AccountMenuContent.preload}>
      <AccountMenuContent name={name} email={email} signOutAction={signOutAction} />
    </UserMenu>
  );
}
