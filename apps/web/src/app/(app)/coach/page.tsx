import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { ViewerSummary } from "~/components/viewer-summary";
import { requireViewerRole } from "~/server/viewer";

export const metadata: Metadata = { title: "Coaching" };

export default async function CoachHomePage() {
  const viewer = await requireViewerRole("coach");
  return (
    <div className="space-y-6">
      <PageHeader title="Coaching" description="Your cohorts, question sets and the answers waiting for your review." />
      <ViewerSummary name={viewer.name} role="coach" cohorts={viewer.cohorts} />
    </div>
  );
}
