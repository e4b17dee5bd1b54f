import { minPasswordLength } from "@debrief/db";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
} from "@debrief/ui";
import { LogOutIcon } from "lucide-react";
import type { Metadata } from "next";
import { signOutEverywhereAction } from "~/server/auth/actions";
import { loadViewer } from "~/server/viewer";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account and security" };

export default async function AccountPage() {
  const viewer = await loadViewer();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="Account and security"
        description={`Signed in as ${viewer.name} (${viewer.email}).`}
      />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Change your password</CardTitle>
          <CardDescription>
            Every other browser and device signed in to your account is signed out at once; this one
            stays signed in.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm email={viewer.email} minPasswordLength={minPasswordLength} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Sign out of every device</CardTitle>
          <CardDescription>
            Ends every session of your account, this one included — for example after using a shared
            computer or losing a phone. You'll need your password to sign in again.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="outline">
              <LogOutIcon aria-hidden />
              Sign out everywhere
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
