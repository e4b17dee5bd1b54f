import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { ViewerSummary } from "~/components/viewer-summary";
import { requireViewerRole } from "~/server/viewer";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeHomePage() {
  const viewer = await requireViewerRole("candidate");
  return (
    <div className="space-y-6">
      <PageHeader title="Practice" description="Answer interview questions, get instant feedback and watch your answers improve." />
      <ViewerSummary name={viewer.name} role="candidate" cohorts={viewer.cohorts} />
    </div>
  );
}
