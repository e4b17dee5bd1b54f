import { cn } from "@debrief/ui";
import { CloudCheckIcon, CloudOffIcon, CloudUploadIcon, TriangleAlertIcon } from "lucide-react";
import { humanMessage } from "~/lib/human-message";
import type { SaveStatus } from "./use-draft-autosave";

function clock(date: Date): string {
  return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

/** Where the draft is right now, in words; announced politely as it changes. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { Icon, text, tone } =
    status.kind === "saving"
      ? { Icon: CloudUploadIcon, text: "Saving…", tone: "muted" }
      : status.kind === "saved"
        ? { Icon: CloudCheckIcon, text: `Saved · ${clock(status.at)}`, tone: "muted" }
        : status.kind === "offline"
          ? { Icon: CloudOffIcon, text: "Offline — saved on this device", tone: "warn" }
          : status.kind === "rejected"
            ? {
                Icon: TriangleAlertIcon,
                text: `Not saved to the server: ${humanMessage(status.message)} Kept on this device.`,
                tone: "warn",
              }
            : { Icon: CloudCheckIcon, text: "Drafts save as you type", tone: "muted" };
  return (
    <p
      role="status"
      data-testid="save-status"
      className={cn(
        "flex items-center gap-1.5 text-xs",
        tone === "warn" ? "text-warning" : "text-muted-foreground",
      )}
    >
      <Icon aria-hidden className="size-3.5 shrink-0" />
      {text}
    </p>
  );
}
