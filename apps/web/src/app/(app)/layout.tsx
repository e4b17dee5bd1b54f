import type { ReactNode } from "react";
import { AppFrame } from "~/components/app-frame";
import { signOutAction } from "~/server/auth/actions";
import { loadViewer } from "~/server/viewer";

// Every page below reads the session: never prerender them at build time.
export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await loadViewer();
  return (
    <AppFrame
      name={viewer.name}
      email={viewer.email}
      roles={viewer.roles}
      signOutAction={signOutAction}
    >
      {children}
    </AppFrame>
  );
}
