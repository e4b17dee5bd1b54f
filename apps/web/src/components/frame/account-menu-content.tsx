"use client";

import { DropdownMenuItem, UserMenuContent } from "@debrief/ui";
import { ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { startTransition } from "react";

/** The open account menu: who is signed in, the account page, and sign out. */
export function AccountMenuContent({
  name,
  email,
  signOutAction,
}: {
  name: string;
  email: string;
  signOutAction: () => Promise<void>;
}) {
  return (
    <UserMenuContent
      name={name}
      email={email}
      // Called directly, not as a <form action>: the menu unmounts its items on select,
      // which would cancel a form submission.
      onSignOut={() => startTransition(() => signOutAction())}
    >
      <DropdownMenuItem asChild>
        <Link href="/account">
          <ShieldCheckIcon aria-hidden />
          Account and security
        </Link>
      </DropdownMenuItem>
    </UserMenuContent>
  );
}
