import { Spinner } from "@debrief/ui";

/** The open bell while its list (or the code that shows it) is on its way. */
export function NotificationListLoading() {
  return (
    <div className="flex items-center gap-2 px-2 py-3 text-sm text-muted-foreground">
      <Spinner /> Loading…
    </div>
  );
}
