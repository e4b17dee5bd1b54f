"use client";

import { Alert, AlertDescription, Button, Spinner } from "@debrief/ui";
import { CheckIcon } from "lucide-react";
import { type FormEvent, useState } from "react";
import {
  type NotificationKindName,
  notificationKindList,
  notificationKindText,
} from "~/lib/notification-kinds";
import type { Role } from "~/server/trpc";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

interface Setting {
  kind: NotificationKindName;
  inApp: boolean;
  email: boolean;
}

/** One row per kind that concerns the viewer's roles, with an in-app and an email switch. */
export function NotificationSettingsForm({
  settings,
  roles,
}: {
  settings: readonly Setting[];
  roles: readonly Role[];
}) {
  const [values, setValues] = useState<Setting[]>(() => [...settings]);
  const [status, setStatus] = useState<"idle" | "saved" | "error">("idle");
  const [error, setError] = useState<string | null>(null);
  const save = useLazyMutation((client, input: { settings: Setting[] }) =>
    client.notifications.updateSettings.mutate(input),
  );
  const visible = notificationKindList.filter((kind) =>
    notificationKindText[kind].roles.some((role) => roles.includes(role)),
  );

  const toggle = (kind: NotificationKindName, channel: "inApp" | "email", on: boolean) => {
    setStatus("idle");
    setValues((current) => current.map((s) => (s.kind === kind ? { ...s, [channel]: on } : s)));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await save.mutateAsync({ settings: values });
      setValues(saved as Setting[]);
      setStatus("saved");
      setError(null);
    } catch (e) {
      setStatus("error");
      setError(errorMessage(e));
    }
  };

  if (visible.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        Nothing to set yet: notifications are about assignments, answers and reviews, which your
        roles do not receive.
      </p>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4">
      <fieldset className="flex flex-col divide-y rounded-xl border bg-card">
        <legend className="sr-only">What to be told about</legend>
        {visible.map((kind) => {
          const setting = values.find((s) => s.kind === kind);
          const words = notificationKindText[kind];
          return (
            <div
              key={kind}
              className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="flex min-w-0 flex-col gap-0.5">
                <span className="font-medium" id={`kind-${kind}`}>
                  {words.label}
                </span>
                <span className="text-sm text-muted-foreground">{words.description}</span>
              </div>
              <fieldset className="flex shrink-0 gap-5" aria-labelledby={`kind-${kind}`}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={setting?.inApp ?? true}
                    onChange={(e) => toggle(kind, "inApp", e.currentTarget.checked)}
                    aria-label={`${words.label}: in the app`}
                  />
                  In the app
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={setting?.email ?? true}
                    onChange={(e) => toggle(kind, "email", e.currentTarget.checked)}
                    aria-label={`${words.label}: by email`}
                  />
                  By email
                </label>
              </fieldset>
            </div>
          );
        })}
      </fieldset>
      {status === "error" && error ? (
        <Alert variant="destructive">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? <Spinner /> : null}
          Save settings
        </Button>
        <p aria-live="polite" className="flex items-center gap-1 text-sm text-muted-foreground">
          {status === "saved" ? (
            <>
              <CheckIcon aria-hidden className="size-4" /> Saved.
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}
