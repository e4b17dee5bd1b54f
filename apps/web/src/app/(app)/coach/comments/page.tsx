import { dimensionInfo, dimensionKeys } from "@debrief/core/rubric";
import { PageHeader } from "@debrief/ui";
import type { Metadata } from "next";
import { CommentBankManager } from "~/components/comment-bank/comment-bank-manager";
import { requireViewerRole } from "~/server/viewer";
import { getServerCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Comment bank" };

export default async function CommentBankPage() {
  const viewer = await requireViewerRole("coach");
  const caller = await getServerCaller();
  const entries = await caller.commentBank.list({});
  const organisations = new Set(entries.map((entry) => entry.organisation.id));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="mb-0"
        title="Comment bank"
        description="Comments your organisation's coaches reuse. Type a few of their words in a review's comment to insert one; edit one here and every review it is in changes with it."
      />
      <CommentBankManager
        initialEntries={entries}
        cohorts={viewer.cohorts.map((c) => ({ id: c.cohortId, name: c.cohortName }))}
        showOrganisation={organisations.size > 1}
        dimensions={dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }))}
      />
    </div>
  );
}
