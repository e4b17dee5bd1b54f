"use client";

import { DropdownMenuLoading, UserMenu } from "@debrief/ui";
import { onDemand } from "~/lib/on-demand";

const AccountMenuContent = onDemand(
  () => import("./account-menu-content").then((m) => m.AccountMenuContent),
  <DropdownMenuLoading className="w-64" />,
);

/** The avatar button; its menu (account page, sign out) loads when it is first opened. */
export function AccountMenu({
  name,
  email,
  signOutAction,
}: {
  name: string;
  email: string;
  signOutAction: () => Promise<void>;
}) {
  return (
    <UserMenu name={name} preload={AccountMenuContent.preload}>
      <AccountMenuContent name={name} email={email} signOutAction={signOutAction} />
    </UserMenu>
  );
}
