"use client";

import {
  Alert,
  AlertDescription,
  AlertTitle,
  Button,
  Input,
  Label,
  NativeSelect,
  Spinner,
} from "@debrief/ui";
import { CheckIcon, CopyIcon, MailCheckIcon, MailXIcon, SendIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { LocalTime } from "~/components/local-time";
import { type Role, roles, roleWords } from "~/lib/roles";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

interface Created {
  id: string;
  email: string;
  role: Role;
  url: string;
  delivery: "smtp" | "folder";
  expiresAt: Date;
}

/**
 * Invite by email with a role; the link is shown to copy as well. `pendingIds` are the cohort's
 * invitations still usable (from the server-rendered list): once the one just created is
 * revoked or used, its link is no longer offered.
 */
export function InviteForm({
  cohortId,
  pendingIds,
}: {
  cohortId: string;
  pendingIds: readonly string[];
}) {
  const router = useRouter();
  const ids = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("candidate");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  // The invitation list below is server-rendered: a refresh shows the new one there.
  const create = useLazyMutation(
    (client, input: Parameters<typeof client.invitations.create.mutate>[0]) =>
      client.invitations.create.mutate(input).finally(() => router.refresh()),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setError("Enter the email address to send the invitation to.");
      return;
    }
    setError(null);
    try {
      const result = await create.mutateAsync({ cohortId, email: address, role });
      setCreated({ email: address, role, ...result });
      setEmail("");
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-labelledby={`${ids}-heading`}
        className="flex flex-col gap-4 rounded-xl border bg-card p-5"
      >
        <h2 id={`${ids}-heading`} className="text-base font-semibold">
          Invite someone
        </h2>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-email`}>Email</Label>
          <Input
            id={`${ids}-email`}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            maxLength={320}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            placeholder="name@example.com"
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-role`}>Role</Label>
          <NativeSelect
            id={`${ids}-role`}
            className="w-full"
            value={role}
            onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? "candidate")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleWords[r].label}
              </option>
            ))}
          </NativeSelect>
        </div>
        {error ? (
          <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? <Spinner /> : <SendIcon aria-hidden />}
            Create invitation
          </Button>
        </div>
      </form>
      {created ? (
        pendingIds.includes(created.id) ? (
          <CreatedInvitation invitation={created} />
        ) : (
          <Alert data-testid="created-invitation">
            <MailXIcon aria-hidden />
            <AlertTitle>The invitation for {created.email} no longer works</AlertTitle>
            <AlertDescription>
              It was revoked or has been used, so its link is gone. Create a new invitation if they
              still need one.
            </AlertDescription>
          </Alert>
        )
      ) : null}
    </div>
  );
}

function CreatedInvitation({ invitation }: { invitation: Created }) {
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopy("copied");
    } catch {
      // Clipboard access can be denied (permissions, insecure origin): select the link instead.
      inputRef.current?.select();
      setCopy("failed");
    }
  };

  return (
    <Alert variant="success" data-testid="created-invitation">
      <MailCheckIcon aria-hidden />
      <AlertTitle>
        Invitation ready for {invitation.email} as {roleWords[invitation.role].noun}
      </AlertTitle>
      <AlertDescription className="flex flex-col gap-3">
        <p data-testid="emailed-status">
          {invitation.delivery === "smtp"
            ? "We're emailing the link. You can also copy it below: it shows the invitation, and someone new finishes from the email, which proves the address is theirs."
            : "No mail server is set up, so the email went to this server's local mail folder. The link below shows the invitation; someone new finishes from the emailed link, which proves the address is theirs."}{" "}
          It works once and expires <LocalTime value={invitation.expiresAt} format="date" />.
        </p>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-link`}>Invitation link</Label>
          <div className="flex gap-2">
            <Input
              ref={inputRef}
              id={`${ids}-link`}
              readOnly
              value={invitation.url}
              onFocus={(e) => e.currentTarget.select()}
              className="font-mono text-xs"
            />
            <Button type="button" variant="outline" onClick={() => void onCopy()}>
              {copy === "copied" ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
              {copy === "copied" ? "Copied" : "Copy link"}
            </Button>
          </div>
          <p aria-live="polite" className="text-xs text-muted-foreground">
            {copy === "copied"
              ? "Link copied to the clipboard."
              : copy === "failed"
                ? "Couldn't reach the clipboard: the link is selected, press Ctrl+C (⌘C) to copy it."
                : ""}
          </p>
        </div>
      </AlertDescription>
    </Alert>
  );
}
