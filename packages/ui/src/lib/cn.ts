import { type ClassValue, clsx } from "clsx";
import { createTailwindMerge } from "tailwind-merge";
import { mergeConfig } from "./merge-config.ts";

// tailwind-merge with only the class groups Debrief's markup uses (scripts/merge-config.ts writes
// the subset, `pnpm lint` checks it is current), so every page loads a fraction of the default.
const twMerge = createTailwindMerge(() => mergeConfig);

/** Joins class names and lets later Tailwind utilities override earlier ones (so `className` props win). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
