import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { NotificationSettingsForm } from "~/components/notifications/notification-settings-form";
import { loadViewer } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const viewer = await loadViewer();
  const settings = await (await getServerCaller()).notifications.settings();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Notification settings"
        description="Choose what you hear about, in the app (the bell) and by email."
      />
      <NotificationSettingsForm settings={settings} roles={viewer.roles} />
    </div>
  );
}
