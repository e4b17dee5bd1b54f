// The lead procedures' fixed values, apart from their zod schemas: client components import
// these, and importing lead-inputs would ship zod (~30 kB gzipped) to the browser for a list.

export const memberRoles = ["candidate", "coach", "lead"] as const;
export const defaultReadinessThreshold = 70;
export { minPasswordLength } from "@debrief/db/limits";
