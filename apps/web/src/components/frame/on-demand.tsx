"use client";

import { onDemand } from "~/lib/on-demand";

/** Only for people who hold several roles, so only their pages fetch it. */
export const FrameRoleSwitcher = onDemand(() =>
  import("./role-switcher").then((m) => m.FrameRoleSwitcher),
);
