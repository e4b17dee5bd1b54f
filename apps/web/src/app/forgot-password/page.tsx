import { Card, CardContent, CardDescription, CardHeader, CardTitle, Wordmark } from "@debrief/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md space-y-8">
        <div className="flex justify-center">
          <Wordmark className="justify-center [&>span]:text-2xl [&>svg]:size-8" />
        </div>
        <Card>
          <CardHeader>
            <CardTitle as="h1">Forgot your password?</CardTitle>
            <CardDescription>
              Enter the email address of your account and we&apos;ll send you a link to choose a new
              password.
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <ForgotPasswordForm />
            <p className="text-sm text-muted-foreground">
              Remembered it?{" "}
              <Link href="/login" className="text-primary underline-offset-4 hover:underline">
                Back to sign in
              </Link>
            </p>
          </CardContent>
        </Card>
      </div>
    </main>
  );
}
