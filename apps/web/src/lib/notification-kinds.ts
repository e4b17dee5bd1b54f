// What a user can be told about, in their words. Restated from @debrief/db's notificationKinds so
// client code imports no server module; settings-kinds.test.ts keeps the two lists equal.
export const notificationKindList = [
  "set_assigned",
  "due_soon",
  "overdue",
  "answer_submitted",
  "review_landed",
  "comment_reply",
  "regrade",
] as const;
export type NotificationKindName = (typeof notificationKindList)[number];

export const notificationKindText: Record<
  NotificationKindName,
  { label: string; description: string; roles: ReadonlyArray<"candidate" | "coach" | "lead"> }
> = {
  set_assigned: {
    label: "A set is assigned to me",
    description: "When a coach assigns you a question set or moves its due date.",
    roles: ["candidate"],
  },
  due_soon: {
    label: "Due tomorrow",
    description: "A day before an unfinished set is due.",
    roles: ["candidate"],
  },
  overdue: {
    label: "Overdue",
    description: "Once, when an unfinished set passes its due date.",
    roles: ["candidate"],
  },
  answer_submitted: {
    label: "New answers in sets I coach",
    description:
      "When a candidate answers a set you assigned. Several at once come as one digest email.",
    roles: ["coach"],
  },
  review_landed: {
    label: "My answer was reviewed",
    description:
      "When a coach publishes their review of your answer, or a second look changes its grade.",
    roles: ["candidate"],
  },
  comment_reply: {
    label: "Replies to review comments",
    description: "When someone answers in a thread under a review comment.",
    roles: ["candidate", "coach"],
  },
  regrade: {
    label: "Regrade requests",
    description:
      "When a candidate asks for a regrade of your review, or a coach decides on your request.",
    roles: ["candidate", "coach"],
  },
};
