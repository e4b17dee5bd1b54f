import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names and lets later Tailwind utilities override earlier ones (so `className` props win). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
