"use server";

import { revokeSession, revokeUserSessions } from "@debrief/db";
import { readCookieSession, signOut } from "~/server/auth";
import { getDb } from "~/server/db";

/** Ends this browser's session on the server (a copied cookie stops working), then clears it. */
export async function signOutAction() {
  const session = await readCookieSession();
  if (session) await revokeSession(await getDb(), session.sessionId);
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhereAction() {
  const session = await readCookieSession();
  if (session) await revokeUserSessions(await getDb(), session.userId);
  await signOut({ redirectTo: "/login?signedOut=everywhere" });
}
