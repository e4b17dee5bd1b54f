"use client";

import { Button, Input, Label, Spinner } from "@debrief/ui";
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "~/trpc/errors";
import { lazyMutation } from "~/trpc/lazy-client";

// One action and no client data: the tRPC client and TanStack Query load on submit.
function acceptInvitation(input: {
  token: string;
  proof?: string;
  name?: string;
  password?: string;
}) {
  return lazyMutation((client) => client.invitations.accept.mutate(input));
}

type FieldErrors = Partial<Record<"name" | "password" | "confirm", string>>;

/**
 * Name and password for a new account, from the emailed link (its proof shows the visitor owns
 * the address); accepting signs the new member in and opens their home.
 */
export function AcceptNewAccountForm({
  token,
  proof,
  email,
  minPasswordLength,
}: {
  token: string;
  proof: string;
  email: string;
  /** The server's password policy (db's minPasswordLength). */
  minPasswordLength: number;
}) {
  const ids = useId();
  const [isAccepting, setIsAccepting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isSigningIn, setIsSigningIn] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const confirm = String(form.get("confirm") ?? "");
    const errors: FieldErrors = {};
    if (name === "") errors.name = "Enter your name.";
    if (password.length < minPasswordLength) {
      errors.password = `Choose a password of at least ${minPasswordLength} characters.`;
    }
    if (!errors.password && confirm !== password) errors.confirm = "The two passwords differ.";
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;

    let home: string;
    try {
      setIsAccepting(true);
      const result = await acceptInvitation({ token, proof, name, password });
      if (!("home" in result)) {
        // The proof no longer matched (e.g. a changed server secret): a fresh email fixes it.
        setError(result.message);
        return;
      }
      ({ home } = result);
    } catch (e) {
      const message = errorMessage(e);
      // The password policy names the field: show its advice under the password.
      const weak = /^password: (.*)$/s.exec(message)?.[1];
      if (weak) setFieldErrors({ password: weak.charAt(0).toUpperCase() + weak.slice(1) });
      else setError(message);
      return;
    } finally {
      setIsAccepting(false);
    }
    setIsSigningIn(true);
    try {
      const response = await fetch("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password, callbackUrl: home }),
      });
      const body = (await response.json().catch(() => ({}))) as { redirectTo?: string };
      if (!response.ok) throw new Error("sign-in failed");
      // A full navigation, so every server component renders with the new session cookie.
      window.location.assign(body.redirectTo ?? home);
    } catch {
      // The account exists now; only the automatic sign-in failed.
      setIsSigningIn(false);
      window.location.assign(`/login?callbackUrl=${encodeURIComponent(home)}`);
    }
  };

  const describedBy = (field: keyof FieldErrors, hint?: string) =>
    [hint, fieldErrors[field] ? `${ids}-${field}-error` : undefined].filter(Boolean).join(" ") ||
    undefined;
  const isBusy = isAccepting || isSigningIn;

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label="Create your account"
      className="flex flex-col gap-4"
    >
      <p className="text-sm text-muted-foreground">
        Create your account to accept. You'll sign in with {email} and this password.
      </p>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-name`}>Your name</Label>
        <Input
          id={`${ids}-name`}
          name="name"
          autoComplete="name"
          maxLength={200}
          required
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy("name")}
        />
        <FieldError id={`${ids}-name-error`} text={fieldErrors.name} />
      </div>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-password`}>Password</Label>
        <Input
          id={`${ids}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy("password", `${ids}-password-hint`)}
        />
        <p id={`${ids}-password-hint`} className="text-xs text-muted-foreground">
          At least {minPasswordLength} characters, and not easy to guess: a few unrelated words work
          well.
        </p>
        <FieldError id={`${ids}-password-error`} text={fieldErrors.password} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-confirm`}>Confirm password</Label>
        <Input
          id={`${ids}-confirm`}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={fieldErrors.confirm ? true : undefined}
          aria-describedby={describedBy("confirm")}
        />
        <FieldError id={`${ids}-confirm-error`} text={fieldErrors.confirm} />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={isBusy} className="w-full">
        {isBusy ? <Spinner /> : null}
        {isSigningIn ? "Signing you in…" : "Accept and create account"}
      </Button>
    </form>
  );
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="text-sm text-destructive">
      {text}
    </p>
  ) : null;
}

/** Already signed in as the invited account: one click adds the membership. */
export function AcceptExistingButton({ token, email }: { token: string; email: string }) {
  const [state, setState] = useState<"idle" | "pending" | "done">("idle");
  const [error, setError] = useState<string | null>(null);

  const onAccept = async () => {
    setError(null);
    setState("pending");
    try {
      const result = await acceptInvitation({ token });
      if (!("home" in result)) throw new Error(result.message);
      setState("done");
      window.location.assign(result.home);
    } catch (e) {
      setState("idle");
      setError(errorMessage(e));
    }
  };

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>You're signed in as {email}. Accept to add this cohort to your account.</p>
      {error ? (
        <p role="alert" className="text-destructive">
          {error}
        </p>
      ) : null}
      <Button onClick={() => void onAccept()} disabled={state !== "idle"}>
        {state === "pending" ? <Spinner /> : null}
        Accept invitation
      </Button>
    </div>
  );
}

/**
 * For a visitor with a link that does not prove the address (e.g. one the lead copied): the
 * invitation goes to the address again, and its link creates the account. The answer never says
 * whether the address already has an account.
 */
export function EmailInvitationButton({ token, email }: { token: string; email: string }) {
  const [state, setState] = useState<"idle" | "pending">("idle");
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSend = async () => {
    setError(null);
    setState("pending");
    try {
      const result = await acceptInvitation({ token });
      setSent("message" in result ? result.message : `We've emailed the invitation to ${email}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setState("idle");
    }
  };

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        New here? Your account is created from the link in the invitation email, so we know {email}{" "}
        is yours. We'll send it there again.
      </p>
      {sent ? (
        <p role="status" className="rounded-lg border bg-muted/40 px-3 py-2">
          {sent}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-destructive">
          {error}
        </p>
      ) : null}
      <Button onClick={() => void onSend()} disabled={state !== "idle"}>
        {state === "pending" ? <Spinner /> : null}
        {sent ? "Send it again" : "Email me the link"}
      </Button>
    </div>
  );
}
