import {
  DEMO_CANDIDATE_EMAIL,
  DEMO_COACH_EMAIL,
  DEMO_LEAD_EMAIL,
  DEMO_PASSWORD,
  listDemoAccounts,
} from "@debrief/db";
import { Wordmark } from "@debrief/ui";
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
  // One account per role up front; the rest of the demo cohort folds away.
  const featured = [DEMO_CANDIDATE_EMAIL, DEMO_COACH_EMAIL, DEMO_LEAD_EMAIL];
  const byFeature = (email: string) => {
    const index = featured.indexOf(email);
    return index === -1 ? featured.length : index;
  };
  const sortedAccounts = [...demoAccounts].sort((a, b) => byFeature(a.email) - byFeature(b.email));

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md space-y-8">
        <div className="space-y-2 text-center">
          <Wordmark className="justify-center [&>span]:text-2xl [&>svg]:size-8" />
          <h1 className="text-muted-foreground">
            Sign in to practise, review or follow your cohort.
          </h1>
        </div>
        <LoginForm
          callbackUrl={callbackUrl}
          demoAccounts={sortedAccounts}
          featuredCount={Math.min(featured.length, sortedAccounts.length)}
          demoPassword={DEMO_PASSWORD}
        />
      </div>
    </main>
  );
}
