import { type DimensionKey, dimensionKeys } from "@debrief/core/rubric";
import { type SQL, sql } from "drizzle-orm";
import { badRequest } from "../errors.ts";
import type { Score } from "../schema/scores.ts";

/** `coalesce(coach.x, auto.x)` per dimension: the coach's grade where there is one. */
export function effectiveColumns(coach: string, auto: string): SQL {
  return sql.join(
    ["overall", ...dimensionKeys].map(
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
  for (const key of dimensionKeys) {
    const value = row[`${prefix}${key}`];
    result[key] = value === null || value === undefined ? null : Number(value);
  }
  return result;
}

/** The dimension scores of a score row (or any object with those columns), in rubric order. */
export function dimensionsOf(row: Pick<Score, DimensionKey>): Record<DimensionKey, number> {
  const result = {} as Record<DimensionKey, number>;
  for (const key of dimensionKeys) result[key] = row[key];
  return result;
}

/** A dimension score as the rubric defines it, a whole number 0–4, or BAD_REQUEST naming the field. */
export function assertDimensionScore(key: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 4) {
    throw badRequest(`dimensions.${key} must be a whole number between 0 and 4.`);
  }
}

/** Every dimension of a full grade, checked as above. */
export function assertDimensionScores(dimensions: Partial<Record<DimensionKey, unknown>>): void {
  for (const key of dimensionKeys) assertDimensionScore(key, dimensions[key]);
}
