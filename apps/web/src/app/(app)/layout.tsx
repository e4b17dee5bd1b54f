import type { ReactNode } from "react";
import { AppFrame } from "~/components/frame/app-frame";
import { signOutAction } from "~/server/auth/actions";
import { mailDelivery } from "~/server/mail/deliver";
import { loadViewer } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

// Every page below reads the session: never prerender them at build time.
export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await loadViewer();
  // The bell's first count is rendered here, so pages need no client fetch for it.
  const unreadNotifications = (await (await getServerCaller()).notifications.unreadCount()).count;
  return (
    <AppFrame
      name={viewer.name}
      email={viewer.email}
      roles={viewer.roles}
      unreadNotifications={unreadNotifications}
      hasLocalMail={mailDelivery === "folder"}
      signOutAction={signOutAction}
    >
      {children}
    </AppFrame>
  );
}
