"use client";

import {
  Badge,
  type BadgeProps,
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { BanIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CohortInvitation } from "~/components/dashboard/types";
import { LocalTime } from "~/components/local-time";
import { RowHeader } from "~/components/row-header";
import { roleWords } from "~/lib/roles";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

const statusView: Record<
  CohortInvitation["status"],
  { label: string; variant: BadgeProps["variant"] }
> = {
  pending: { label: "Pending", variant: "info" },
  accepted: { label: "Accepted", variant: "success" },
  expired: { label: "Expired", variant: "secondary" },
  revoked: { label: "Revoked", variant: "secondary" },
};

/** Invitations, pending ones first; a pending link can be revoked so it stops working at once. */
export function InvitationList({
  cohortId,
  invitations,
}: {
  cohortId: string;
  /** From the server render; a change re-renders the page (router.refresh) with the new list. */
  invitations: CohortInvitation[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ isError: boolean; text: string } | null>(null);
  const revoke = useLazyMutation(
    (client, input: Parameters<typeof client.invitations.revoke.mutate>[0]) =>
      client.invitations.revoke.mutate(input).finally(() => router.refresh()),
  );

  const onRevoke = async (invitation: CohortInvitation) => {
    setStatus(null);
    try {
      await revoke.mutateAsync({ cohortId, invitationId: invitation.id });
      setStatus({
        isError: false,
        text: `The invitation for ${invitation.email} no longer works.`,
      });
    } catch (error) {
      setStatus({ isError: true, text: errorMessage(error) });
    }
  };

  // Pending first (what still needs attention), otherwise newest first as the API sends them.
  const rows = [...invitations].sort(
    (a, b) => Number(b.status === "pending") - Number(a.status === "pending"),
  );

  return (
    <div className="flex flex-col gap-3">
      <p
        aria-live="polite"
        className={status?.isError ? "text-sm text-destructive" : "text-sm text-success"}
      >
        {status?.text}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
          No invitations yet.
        </p>
      ) : (
        <Table containerProps={{ className: "rounded-lg border bg-card" }}>
          <TableCaption className="sr-only">Invitations to this cohort</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Email</TableHead>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Expires</TableHead>
              <TableHead scope="col">Invited by</TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((invitation) => (
              <TableRow key={invitation.id}>
                <RowHeader className="font-medium">{invitation.email}</RowHeader>
                <TableCell>{roleWords[invitation.role].label}</TableCell>
                <TableCell>
                  <Badge variant={statusView[invitation.status].variant}>
                    {statusView[invitation.status].label}
                  </Badge>
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  {invitation.status === "pending" ? (
                    <LocalTime value={invitation.expiresAt} format="date" />
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {invitation.invitedByName ?? "—"}
                </TableCell>
                <TableCell className="text-right">
                  {invitation.status === "pending" ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={revoke.isPending}
                      onClick={() => void onRevoke(invitation)}
                      aria-label={`Revoke the invitation for ${invitation.email}`}
                    >
                      <BanIcon aria-hidden />
                      Revoke
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
