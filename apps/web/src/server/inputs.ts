import { questionKinds } from "@debrief/core/rubric";
import { z } from "zod";

// The building blocks of every router's input schema (`routers/<noun>.inputs.ts`), and what
// PostgreSQL would refuse, refused at the edge with a 400 instead of failing a query with a 500.

export const uuid = (field: string) => z.uuid({ error: `${field} must be a UUID` });

export const questionKind = z.enum(questionKinds, {
  error: `kind must be one of: ${questionKinds.join(", ")}`,
});

/** Required one-liner: trimmed, non-empty, at most `max` characters. */
export const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(max, { error: `${field} is limited to ${max.toLocaleString("en")} characters` });

export const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .max(max, { error: `${field} is limited to ${max.toLocaleString("en")} characters` });

/** Dates the app stores or filters by: timestamptz holds far more, JavaScript's Date too. */
export const earliestDate = new Date("1970-01-01T00:00:00Z");
export const latestDate = new Date("9999-12-31T23:59:59Z");

export function isDateInRange(date: Date): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= earliestDate.getTime() && time <= latestDate.getTime();
}

/** A date between 1970 and 9999, naming the field when it is not. */
export function boundedDate(field: string) {
  return z
    .date({ error: `${field} must be a date` })
    .refine(isDateInRange, { error: `${field} must be between the years 1970 and 9999` });
}

/** Whether any string inside the value (keys included) holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => key.includes("\u0000") || containsNul(item, depth + 1),
  );
}
