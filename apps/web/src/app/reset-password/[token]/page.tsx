import { minPasswordLength } from "@debrief/db";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, Wordmark } from "@debrief/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getServerCaller } from "~/trpc/server";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = {
  title: "Choose a new password",
  // The token in the URL is a secret: keep the page out of search indexes.
  robots: { index: false, follow: false },
};

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ token: string }>;
}

async function checkToken(token: string): Promise<{ email: string } | null> {
  const caller = await getServerCaller();
  try {
    return await caller.account.checkResetToken({ token });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  }
}

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const valid = await checkToken(token);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md space-y-8">
        <div className="flex justify-center">
          <Wordmark className="justify-center [&>span]:text-2xl [&>svg]:size-8" />
        </div>
        <Card>
          <CardHeader>
            <CardTitle as="h1">
              {valid ? "Choose a new password" : "This link no longer works"}
            </CardTitle>
            <CardDescription>
              {valid
                ? `For ${valid.email}.`
                : "Reset links work once, for one hour. Ask for a new one and use the latest email."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {valid ? (
              <ResetPasswordForm token={token} minPasswordLength={minPasswordLength} />
            ) : (
              <Link
                href="/forgot-password"
                className="text-sm text-primary underline-offset-4 hover:underline"
              >
                Ask for a new link
              </Link>
            )}
          </CardContent>
        </Card>
      </div>
    </main>
  );
}
