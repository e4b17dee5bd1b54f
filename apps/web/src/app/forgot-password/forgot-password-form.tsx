"use client";

import { Alert, AlertDescription, Button, Input, Label, Spinner } from "@debrief/ui";
import { MailCheckIcon } from "lucide-react";
import { type FormEvent, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useLazyMutation((client, input: { email: string }) =>
    client.account.requestPasswordReset.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setError("Enter the email address of your account.");
      return;
    }
    try {
      await request.mutateAsync({ email: address });
      setSentTo(address);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (sentTo) {
    return (
      <Alert variant="success" role="status">
        <MailCheckIcon aria-hidden />
        <AlertDescription>
          If {sentTo} has a Debrief account, a link to choose a new password is on its way. It works
          once, for one hour. Nothing arrived? Check the address and spam folder, then ask again.
        </AlertDescription>
      </Alert>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="space-y-2">
        <Label htmlFor="reset-email">Email</Label>
        <Input
          id="reset-email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "reset-email-error" : undefined}
          required
        />
      </div>
      {error ? (
        <Alert variant="destructive" role="alert" id="reset-email-error">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <Button type="submit" className="w-full" disabled={request.isPending}>
        {request.isPending ? <Spinner /> : null}
        Send the link
      </Button>
    </form>
  );
}
