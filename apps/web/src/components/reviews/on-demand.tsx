"use client";

import { onDemand } from "~/lib/on-demand";

// Client parts the review pages show only sometimes. A server page that imports a client
// component ships it with the page whether it renders or not; through onDemand each is still
// rendered on the server, and its code is fetched only by pages that show it.

/** Grading by question (`?set=&question=`), not a review opened from the queue. */
export const GradeByQuestionBar = onDemand(() =>
  import("./grade-by-question-bar").then((m) => m.GradeByQuestionBar),
);

/** A released review with comments: the candidate's replies and the coach's answers. */
export const ReviewThread = onDemand(() => import("./review-thread").then((m) => m.ReviewThread));
