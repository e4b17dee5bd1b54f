import { listDemoAccounts } from "@debrief/db";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUserId } from "~/server/auth";
import { safeRedirectPath } from "~/server/auth/safe-redirect";
import { getDb } from "~/server/db";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  if (await getSessionUserId()) redirect(callbackUrl);
  const demoAccounts = await listDemoAccounts(await getDb());

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md space-y-8">
        <div className="space-y-2 text-center">
          <p className="text-2xl font-semibold tracking-tight">Debrief</p>
          <h1 className="text-muted-foreground">
            Sign in to practise, review or follow your cohort.
          </h1>
        </div>
        <LoginForm callbackUrl={callbackUrl} demoAccounts={demoAccounts} />
      </div>
    </main>
  );
}
