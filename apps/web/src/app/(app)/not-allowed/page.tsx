import { Button } from "@debrief/ui";
import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { roleNavigation } from "~/components/frame/navigation";
import { isRole, primaryRole, roleWords } from "~/lib/roles";
import { loadViewer } from "~/server/viewer";

export const metadata: Metadata = { title: "Not available to you" };

interface Props {
  searchParams: Promise<{ for?: string | string[] }>;
}

/** Where a page for another role sends you: what it is for, and the way to your own pages. */
export default async function NotAllowedPage({ searchParams }: Props) {
  const viewer = await loadViewer();
  const wanted = (await searchParams).for;
  const who = isRole(wanted) ? roleWords[wanted].plural : undefined;
  const home = primaryRole(viewer.roles);
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <LockIcon aria-hidden className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">This page isn&apos;t available to you</h1>
      <p className="text-muted-foreground">
        {who ? `It is for ${who}, ` : "It belongs to another role, "}
        and you are signed in as {viewer.email}
        {home ? ` (${roleWords[home].noun})` : ""}. If you think you should have access, ask your
        team lead.
      </p>
      {home ? (
        <Button asChild>
          <Link href={roleWords[home].home}>
            Go to your {roleNavigation[home].items[0]?.label.toLowerCase() ?? "home"}
          </Link>
        </Button>
      ) : (
        <Button asChild>
          <Link href="/">Go to the start page</Link>
        </Button>
      )}
    </section>
  );
}
