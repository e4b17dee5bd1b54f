// Search params arrive as string | string[] | undefined; pages read the first value only.

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid param or undefined, so a hand-edited URL never reaches the API as a bad input. */
export function uuidParam(value: string | string[] | undefined): string | undefined {
  const first = firstParam(value);
  return first && uuidPattern.test(first) ? first : undefined;
}

export function oneOf<T extends string>(
  value: string | string[] | undefined,
  allowed: readonly T[],
): T | undefined {
  const first = firstParam(value);
  return allowed.find((a) => a === first);
}
