import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { ViewerSummary } from "~/components/viewer-summary";
import { requireViewerRole } from "~/server/viewer";

export const metadata: Metadata = { title: "Team lead" };

export default async function LeadHomePage() {
  const viewer = await requireViewerRole("lead");
  return (
    <div className="space-y-6">
      <PageHeader title="Team lead" description="How your cohorts are progressing toward interview-ready." />
      <ViewerSummary name={viewer.name} role="lead" cohorts={viewer.cohorts} />
    </div>
  );
}
