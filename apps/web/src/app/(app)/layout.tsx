import type { ReactNode } from "react";
import { AppFrame } from "~/components/app-frame";
import { signOutAction } from "~/server/auth/actions";
import { loadViewer } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

// Every page below reads the session: never prerender them at build time.
export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await loadViewer();
  // The bell's first count is rendered here, so candidate pages need no client fetch for it.
  const unreadNotifications = viewer.roles.includes("candidate")
    ? (await (await getServerCaller()).notifications.unreadCount()).count
    : 0;
  return (
    <AppFrame
      name={viewer.name}
      email={viewer.email}
      roles={viewer.roles}
      unreadNotifications={unreadNotifications}
      signOutAction={signOutAction}
    >
      {children}
    </AppFrame>
  );
}
