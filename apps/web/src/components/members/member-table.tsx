"use client";

import {
  Badge,
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  NativeSelect,
  Spinner,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@debrief/ui";
import { UserMinusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CohortMember } from "~/components/dashboard/types";
import { LocalTime } from "~/components/local-time";
import { RowHeader } from "~/components/row-header";
import { type Role, roles, roleWords } from "~/lib/roles";
import { errorMessage } from "~/trpc/errors";
import { useLazyMutation } from "~/trpc/use-lazy-mutation";

type Status = { isError: boolean; text: string } | null;

/** The cohort's people: change a role in place, remove someone after a confirmation. */
export function MemberTable({
  cohortId,
  cohortName,
  viewerId,
  members,
}: {
  cohortId: string;
  cohortName: string;
  viewerId: string;
  /** From the server render; a change re-renders the page (router.refresh) with the new list. */
  members: CohortMember[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>(null);
  const [removing, setRemoving] = useState<CohortMember | null>(null);
  const changeRole = useLazyMutation(
    (client, input: Parameters<typeof client.members.changeRole.mutate>[0]) =>
      client.members.changeRole.mutate(input).finally(() => router.refresh()),
  );
  const remove = useLazyMutation(
    (client, input: Parameters<typeof client.members.remove.mutate>[0]) =>
      client.members.remove.mutate(input).finally(() => router.refresh()),
  );

  const onRoleChange = async (member: CohortMember, role: Role) => {
    if (role === member.role) return;
    setStatus(null);
    try {
      await changeRole.mutateAsync({ cohortId, userId: member.userId, role });
      setStatus({
        isError: false,
        text: `${member.name} is now a ${roleWords[role].noun}.`,
      });
    } catch (error) {
      setStatus({ isError: true, text: errorMessage(error) });
    }
  };

  const onRemove = async (member: CohortMember) => {
    setStatus(null);
    try {
      await remove.mutateAsync({ cohortId, userId: member.userId });
      setRemoving(null);
      setStatus({ isError: false, text: `${member.name} was removed from ${cohortName}.` });
    } catch (error) {
      setRemoving(null);
      setStatus({ isError: true, text: errorMessage(error) });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <p
        aria-live="polite"
        className={status?.isError ? "text-sm text-destructive" : "text-sm text-success"}
      >
        {status?.text}
      </p>
      <Table containerProps={{ className: "rounded-lg border bg-card" }}>
        <TableCaption className="sr-only">Members of {cohortName}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Name</TableHead>
            <TableHead scope="col">Email</TableHead>
            <TableHead scope="col">Role</TableHead>
            <TableHead scope="col">Joined</TableHead>
            <TableHead scope="col">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const isViewer = member.userId === viewerId;
            return (
              <TableRow key={member.userId}>
                <RowHeader className="font-medium">
                  <span className="flex flex-wrap items-center gap-2">
                    {member.name}
                    {isViewer ? <span className="text-xs text-muted-foreground">(you)</span> : null}
                    {member.hasPassword ? null : (
                      <Badge variant="warning" title="Invited, but has not set a password yet">
                        No password yet
                      </Badge>
                    )}
                  </span>
                </RowHeader>
                <TableCell className="text-muted-foreground">{member.email}</TableCell>
                <TableCell>
                  <NativeSelect
                    size="sm"
                    aria-label={`Role of ${member.name}`}
                    className="w-36"
                    value={member.role}
                    onChange={(e) => {
                      const role = roles.find((r) => r === e.target.value);
                      if (role) void onRoleChange(member, role);
                    }}
                    disabled={changeRole.isPending}
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {roleWords[role].label}
                      </option>
                    ))}
                  </NativeSelect>
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <LocalTime value={member.joinedAt} format="date" />
                </TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => setRemoving(member)}
                    aria-label={`Remove ${member.name}`}
                  >
                    <UserMinusIcon aria-hidden />
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      <Dialog open={removing !== null} onOpenChange={(open) => (open ? null : setRemoving(null))}>
        {removing ? (
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Remove {removing.name}?</DialogTitle>
              <DialogDescription>
                {removing.name} ({removing.email}) loses access to {cohortName} on their very next
                request. Their answers and reviews stay in the cohort's history. You can invite them
                again later.
              </DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">Cancel</Button>
              </DialogClose>
              <Button
                variant="destructive"
                disabled={remove.isPending}
                onClick={() => void onRemove(removing)}
              >
                {remove.isPending ? <Spinner /> : <UserMinusIcon aria-hidden />}
                Remove from cohort
              </Button>
            </DialogFooter>
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}
