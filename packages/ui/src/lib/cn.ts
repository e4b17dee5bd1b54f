import { type ClassValue, clsx } from "clsx";
import { mergeClasses } from "./merge-classes.ts";

/** Joins class names and lets later Tailwind utilities override earlier ones (so `className` props win). */
export function cn(...inputs: ClassValue[]): string {
  return mergeClasses(clsx(inputs));
}
