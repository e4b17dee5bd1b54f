"use client";

import { Alert, AlertDescription, Button, Input, Label, Spinner } from "@debrief/ui";
import { type FormEvent, useId, useState } from "react";
import { isServerAnswer, unreachableMessage } from "~/trpc/errors";
import { lazyMutation } from "~/trpc/lazy-client";

type Field = "currentPassword" | "newPassword" | "confirm";
type FieldErrors = Partial<Record<Field, string>>;

/** "newPassword: That password is too easy…" → the field and its sentence. */
function splitFieldMessage(message: string): { field: Field | null; text: string } {
  const match = /^(currentPassword|newPassword): (.*)$/s.exec(message);
  if (!match?.[1] || !match[2]) return { field: null, text: message };
  const text = match[2];
  return { field: match[1] as Field, text: text.charAt(0).toUpperCase() + text.slice(1) };
}

export function ChangePasswordForm({
  email,
  minPasswordLength,
}: {
  email: string;
  /** The server's password policy (db's minPasswordLength). */
  minPasswordLength: number;
}) {
  const ids = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    const confirm = String(data.get("confirm") ?? "");
    const next: FieldErrors = {};
    if (currentPassword === "") next.currentPassword = "Enter your current password.";
    if (newPassword.length < minPasswordLength) {
      next.newPassword = `Choose a password of at least ${minPasswordLength} characters.`;
    } else if (confirm !== newPassword) {
      next.confirm = "The two new passwords differ.";
    }
    setErrors(next);
    setProblem(null);
    setDone(null);
    if (Object.keys(next).length > 0) return;
    setIsSaving(true);
    try {
      const { endedSessions } = await lazyMutation((client) =>
        client.me.changePassword.mutate({ currentPassword, newPassword }),
      );
      form.reset();
      setDone(
        endedSessions > 0
          ? `Password changed. ${endedSessions} other session${endedSessions === 1 ? " was" : "s were"} signed out.`
          : "Password changed.",
      );
    } catch (error) {
      if (!isServerAnswer(error)) {
        setProblem(unreachableMessage());
      } else {
        const { field, text } = splitFieldMessage(error.message);
        if (field) setErrors({ [field]: text });
        else setProblem(text);
      }
    } finally {
      setIsSaving(false);
    }
  };

  const describe = (field: Field, hint?: string) =>
    errors[field] ? `${ids}-${field}-error` : hint ? `${ids}-${field}-hint` : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-current`}>Current password</Label>
        <Input
          id={`${ids}-current`}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(errors.currentPassword) || undefined}
          aria-describedby={describe("currentPassword")}
        />
        {errors.currentPassword ? (
          <p id={`${ids}-currentPassword-error`} className="text-sm text-destructive">
            {errors.currentPassword}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-new`}>New password</Label>
        <Input
          id={`${ids}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          aria-invalid={Boolean(errors.newPassword) || undefined}
          aria-describedby={describe("newPassword", "hint")}
        />
        {errors.newPassword ? (
          <p id={`${ids}-newPassword-error`} className="text-sm text-destructive">
            {errors.newPassword}
          </p>
        ) : (
          <p id={`${ids}-newPassword-hint`} className="text-xs text-muted-foreground">
            At least {minPasswordLength} characters, and not easy to guess: a few unrelated words
            work well.
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${ids}-confirm`}>New password again</Label>
        <Input
          id={`${ids}-confirm`}
          name="confirm"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(errors.confirm) || undefined}
          aria-describedby={describe("confirm")}
        />
        {errors.confirm ? (
          <p id={`${ids}-confirm-error`} className="text-sm text-destructive">
            {errors.confirm}
          </p>
        ) : null}
      </div>
      {problem ? (
        <Alert variant="destructive">
          <AlertDescription>{problem}</AlertDescription>
        </Alert>
      ) : null}
      <div role="status" className="text-sm font-medium text-success empty:hidden">
        {done}
      </div>
      <div>
        <Button type="submit" disabled={isSaving}>
          {isSaving ? <Spinner aria-hidden /> : null}
          {isSaving ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
