import { ChevronDownIcon } from "lucide-react";
import { Avatar } from "../components/avatar.tsx";

/**
 * What the account button shows: avatar and name (the name is screen-reader only on phones).
 * Server-safe, so the frame renders it on the server and hands it to <UserMenu> as `label`.
 */
export function AccountBadge({ name, image }: { name: string; image?: string }) {
  return (
    <>
      <Avatar name={name} src={image} className="size-7" />
      <span className="sr-only max-w-40 truncate text-sm font-medium sm:not-sr-only">{name}</span>
      <span className="sr-only">, account menu</span>
      <ChevronDownIcon aria-hidden className="hidden text-muted-foreground sm:block" />
    </>
  );
}
