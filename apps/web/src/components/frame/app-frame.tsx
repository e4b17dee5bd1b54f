import { AccountBadge, AppShell, ShellBrand } from "@debrief/ui";
import Link from "next/link";
import type { ReactNode } from "react";
import { NotificationBell } from "~/components/notifications/notification-bell";
import type { Role } from "~/lib/roles";
import { AccountMenu } from "./account-menu";
import { FrameNav } from "./frame-nav";
import { navAreasFor } from "./navigation";
import { FrameRoleSwitcher } from "./role-switcher";

/**
 * The signed-in frame: role navigation for the area in view, role switcher, notifications and
 * the account menu. It renders on the server; only the parts that read the current path or
 * open a menu are client components, and each menu's list loads when it is first opened.
 */
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
  const areas = navAreasFor(roles);
  return (
    <AppShell
      brand={
        <ShellBrand asChild>
          <Link href="/" aria-label="Debrief home" />
        </ShellBrand>
      }
      nav={<FrameNav areas={areas} />}
      // Every role is told about work: assignments and reviews, new answers, replies.
      actions={<NotificationBell initialCount={unreadNotifications} hasLocalMail={hasLocalMail} />}
      roleSwitcher={areas.length > 1 ? <FrameRoleSwitcher areas={areas} /> : null}
      userMenu={
        <AccountMenu
          label={<AccountBadge name={name} />}
          name={name}
          email={email}
          signOutAction={signOutAction}
        />
      }
    >
      {children}
    </AppShell>
  );
}
