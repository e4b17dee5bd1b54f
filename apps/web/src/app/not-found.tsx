import { Button } from "@debrief/ui";
import { SearchXIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Any address the app does not have. */
export default function NotFound() {
  return (
    <main
      id="main"
      className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-24 text-center"
    >
      <SearchXIcon aria-hidden className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="text-muted-foreground">
        The link may be mistyped, or it points to something that was removed or that isn&apos;t
        shared with you.
      </p>
      <Button asChild>
        <Link href="/">Back to Debrief</Link>
      </Button>
    </main>
  );
}
