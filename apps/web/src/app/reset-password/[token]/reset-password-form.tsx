"use client";

import { Alert, AlertDescription, Button, Input, Label, Spinner } from "@debrief/ui";
import { CheckIcon } from "lucide-react";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

export function ResetPasswordForm({
  token,
  minPasswordLength,
}: {
  token: string;
  /** The server's password policy (db's minPasswordLength). */
  minPasswordLength: number;
}) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const reset = useLazyMutation((client, input: { token: string; password: string }) =>
    client.account.resetPassword.mutate(input),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < minPasswordLength) {
      setError(`Choose a password of at least ${minPasswordLength} characters.`);
      return;
    }
    if (password !== confirm) {
      setError("The two passwords are different. Type the same one twice.");
      return;
    }
    try {
      await reset.mutateAsync({ token, password });
      setIsDone(true);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (isDone) {
    return (
      <div className="space-y-4">
        <Alert variant="success" role="status">
          <CheckIcon aria-hidden />
          <AlertDescription>Your password is changed. Sign in with the new one.</AlertDescription>
        </Alert>
        <Button asChild className="w-full">
          <Link href="/login">Sign in</Link>
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <div className="space-y-2">
        <Label htmlFor="new-password">New password</Label>
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          aria-describedby="new-password-hint"
          required
        />
        <p id="new-password-hint" className="text-xs text-muted-foreground">
          At least {minPasswordLength} characters.
        </p>
      </div>
      <div className="space-y-2">
        <Label htmlFor="confirm-password">New password again</Label>
        <Input
          id="confirm-password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          required
        />
      </div>
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <Button type="submit" className="w-full" disabled={reset.isPending}>
        {reset.isPending ? <Spinner /> : null}
        Change password
      </Button>
    </form>
  );
}
