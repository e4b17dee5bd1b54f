"use client";

import {
  AppShell,
  DropdownMenuItem,
  RoleSwitcher,
  RoleSwitcherItem,
  ShellBrand,
  ShellNavLink,
  UserMenu,
} from "@debrief/ui";
import { ShieldCheckIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, startTransition } from "react";
import { NotificationBell } from "~/components/notifications/notification-bell";
import { type Role, roleWords } from "~/lib/roles";
import { cohortNavItems, isNavItemActive, roleForPath, roleNavigation } from "./navigation";

/** The signed-in frame: role navigation for the area in view, role switcher, account menu. */
export function AppFrame({
  name,
  email,
  roles,
  unreadNotifications,
  hasLocalMail,
  signOutAction,
  children,
}: {
  name: string;
  email: string;
  roles: Role[];
  /** The unread count at render time; the bell keeps it current. */
  unreadNotifications: number;
  /** Mail goes to the local folder (no SMTP): the bell links to the page that shows it. */
  hasLocalMail: boolean;
  signOutAction: () => Promise<void>;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = roleForPath(pathname) ?? roles[0] ?? null;
  const nav = current ? roleNavigation[current] : null;
  const navItems = nav ? [...nav.items, ...cohortNavItems(pathname)] : null;

  return (
    <AppShell
      brand={
        <ShellBrand asChild>
          <Link href="/" aria-label="Debrief home" />
        </ShellBrand>
      }
      navLabel={current ? `${roleWords[current].label} navigation` : "Main"}
      nav={navItems?.map((item) => (
        <ShellNavLink key={item.href} asChild active={isNavItemActive(item, pathname)}>
          <Link href={item.href}>{item.label}</Link>
        </ShellNavLink>
      ))}
      // Every role is told about work: assignments and reviews, new answers, replies.
      actions={<NotificationBell initialCount={unreadNotifications} hasLocalMail={hasLocalMail} />}
      roleSwitcher={
        roles.length > 1 && current ? (
          <RoleSwitcher currentLabel={roleWords[current].label}>
            {roles.map((role) => (
              <RoleSwitcherItem key={role} asChild current={role === current}>
                <Link href={roleNavigation[role].home}>{roleWords[role].label}</Link>
              </RoleSwitcherItem>
            ))}
          </RoleSwitcher>
        ) : null
      }
      userMenu={
        <UserMenu
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
        </UserMenu>
      }
    >
      {children}
    </AppShell>
  );
}
