"use client";

import {
  Alert,
  AlertDescription,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Input,
  Label,
} from "@debrief/ui";
import Link from "next/link";
import { type FormEvent, useRef, useState } from "react";
import { isRole, roleWords } from "~/lib/roles";

interface DemoAccount {
  email: string;
  name: string;
  role: string;
}

export function LoginForm({
  callbackUrl,
  demoAccounts,
  featuredCount,
  demoPassword,
}: {
  callbackUrl: string;
  demoAccounts: DemoAccount[];
  /** How many accounts (from the start of the list) to show before "more demo accounts". */
  featuredCount: number;
  demoPassword: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      const response = await fetch("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          email: form.get("email"),
          password: form.get("password"),
          callbackUrl,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        message?: string;
        redirectTo?: string;
      };
      if (!response.ok) {
        setError(body.message ?? "Sign-in failed. Please try again.");
        setIsPending(false);
        passwordRef.current?.select();
        return;
      }
      // A full navigation, so every server component renders with the new session cookie.
      window.location.assign(body.redirectTo ?? "/");
    } catch {
      setError("We couldn't reach Debrief. Check your connection and try again.");
      setIsPending(false);
    }
  }

  function fillDemoAccount(email: string) {
    if (emailRef.current) emailRef.current.value = email;
    if (passwordRef.current) passwordRef.current.value = demoPassword;
    setError(null);
    passwordRef.current?.focus();
  }

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Sign in</CardTitle>
          <CardDescription>Use the email and password for your Debrief account.</CardDescription>
        </CardHeader>
        <CardContent>
          <form className="space-y-4" onSubmit={handleSubmit} noValidate>
            <div className="space-y-2">
              <Label htmlFor="email">Email</Label>
              <Input
                ref={emailRef}
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                required
                autoFocus
              />
            </div>
            <div className="space-y-2">
              <div className="flex items-baseline justify-between gap-3">
                <Label htmlFor="password">Password</Label>
                <Link
                  href="/forgot-password"
                  className="text-sm text-primary underline-offset-4 hover:underline"
                >
                  Forgot your password?
                </Link>
              </div>
              <Input
                ref={passwordRef}
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
              />
            </div>
            {error ? (
              <Alert variant="destructive" role="alert">
                <AlertDescription>{error}</AlertDescription>
              </Alert>
            ) : null}
            <Button type="submit" className="w-full" disabled={isPending}>
              {isPending ? "Signing in…" : "Sign in"}
            </Button>
          </form>
        </CardContent>
      </Card>

      {demoAccounts.length > 0 ? (
        <section aria-labelledby="demo-accounts" className="space-y-3">
          <div>
            <h2 id="demo-accounts" className="text-sm font-medium">
              Demo accounts
            </h2>
            <p className="text-sm text-muted-foreground">
              This install includes a demo organisation. Every demo account uses the password{" "}
              <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs">{demoPassword}</code>
              .
            </p>
          </div>
          <DemoAccountList
            accounts={demoAccounts.slice(0, featuredCount)}
            onUse={fillDemoAccount}
          />
          {demoAccounts.length > featuredCount ? (
            <details className="group">
              <summary className="cursor-pointer rounded-sm text-sm text-muted-foreground hover:text-foreground">
                {demoAccounts.length - featuredCount} more demo accounts
              </summary>
              <div className="mt-2">
                <DemoAccountList
                  accounts={demoAccounts.slice(featuredCount)}
                  onUse={fillDemoAccount}
                />
              </div>
            </details>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function DemoAccountList({
  accounts,
  onUse,
}: {
  accounts: DemoAccount[];
  onUse: (email: string) => void;
}) {
  return (
    <ul className="divide-y rounded-lg border">
      {accounts.map((account) => (
        <li key={account.email} className="flex items-center justify-between gap-3 px-4 py-2">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium">{account.email}</p>
            <p className="text-xs text-muted-foreground">
              {account.name} · {isRole(account.role) ? roleWords[account.role].label : account.role}
            </p>
          </div>
          <Button variant="outline" size="sm" onClick={() => onUse(account.email)}>
            {/* The visible word starts the accessible name (WCAG 2.5.3), the address completes it. */}
            Use<span className="sr-only"> {account.email}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
