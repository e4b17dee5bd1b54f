import { type DimensionKey, dimensionKeys } from "@debrief/core/rubric";
import { type SQL, sql } from "drizzle-orm";
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
