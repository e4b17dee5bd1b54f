import { Button } from "@debrief/ui";
import { SearchXIcon } from "lucide-react";
import Link from "next/link";

/**
 * A page, answer or cohort that does not exist — or is someone else's, which the app answers
 * the same way so ids reveal nothing. The frame stays, so every page of the role is a click away.
 */
export default function SignedInNotFound() {
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <SearchXIcon aria-hidden className="size-10 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="text-muted-foreground">
        The link may be mistyped, or it points to something that was removed or that isn&apos;t
        shared with you.
      </p>
      <Button asChild>
        <Link href="/">Back to your home page</Link>
      </Button>
    </section>
  );
}
