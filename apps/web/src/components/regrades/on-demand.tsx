"use client";

import { onDemand } from "~/lib/on-demand";

// Each form shows only while a regrade can be asked for or waits for a decision; see
// reviews/on-demand.tsx for why they load on demand.

export const RegradeRequestForm = onDemand(() =>
  import("./regrade-request-form").then((m) => m.RegradeRequestForm),
);

export const RegradeDecisionForm = onDemand(() =>
  import("./regrade-decision-form").then((m) => m.RegradeDecisionForm),
);
