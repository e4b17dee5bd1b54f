import type { DimensionKey, QuestionKind } from "@debrief/core";
import { type SQL, sql } from "drizzle-orm";
import { questionKindValues } from "../schema/questions.ts";

// The score columns in the rubric's order, restated because db imports only core's types; the
// check below fails typecheck if core's DimensionKey gains a key this list lacks.
export const scoreDimensions = [
  "structure",
  "ownership",
  "specificity",
  "depth",
  "tradeoffs",
  "impact",
  "reflection",
  "delivery",
] as const satisfies readonly DimensionKey[];
type MissingDimension = Exclude<DimensionKey, (typeof scoreDimensions)[number]>;
const everyDimensionListed: [MissingDimension] extends [never] ? true : false = true;
void everyDimensionListed;

export const leadQuestionKinds: readonly QuestionKind[] = questionKindValues;

/** `coalesce(coach.x, auto.x)` per dimension: the coach's grade where there is one. */
export function effectiveColumns(coach: string, auto: string): SQL {
  return sql.join(
    ["overall", ...scoreDimensions].map(
      (key) =>
        sql`coalesce(${sql.identifier(coach)}.${sql.identifier(key)}, ${sql.identifier(auto)}.${sql.identifier(key)}) as ${sql.identifier(key)}`,
    ),
    sql`, `,
  );
}

export function dimensionsFromRow(
  row: Record<string, unknown>,
  prefix = "",
): Record<DimensionKey, number | null> {
  const result = {} as Record<DimensionKey, number | null>;
  for (const key of scoreDimensions) {
    const value = row[`${prefix}${key}`];
    result[key] = value === null || value === undefined ? null : Number(value);
  }
  return result;
}
