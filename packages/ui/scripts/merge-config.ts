// Writes src/lib/merge-config.ts: tailwind-merge's default configuration cut down to the class
// groups Debrief's markup uses, so `cn()` ships that subset instead of all ~380 groups.
//   pnpm --filter @debrief/ui exec tsx scripts/merge-config.ts          (rewrite)
//   pnpm --filter @debrief/ui exec tsx scripts/merge-config.ts --check  (lint: fail if stale)
// A class group is kept when some class token written in packages/ui/src or apps/web/src belongs
// to it under the default configuration; its conflicts are kept where both sides are kept.
// src/lib/merge-classes.json records the tokens, and cn.test.ts checks every pair of them merges
// exactly as the default `twMerge` would.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "tailwind-merge";

// The package's own TypeScript sources, for the class lookup that its bundle keeps internal.
const twSrc = path.resolve(
  path.dirname(fileURLToPath(import.meta.resolve("tailwind-merge"))),
  "../src/lib",
);
const { getDefaultConfig } = await import(path.join(twSrc, "default-config.ts"));
const validators: Record<string, unknown> = await import(path.join(twSrc, "validators.ts"));
const { createClassGroupUtils } = await import(path.join(twSrc, "class-group-utils.ts"));
const { createParseClassName } = await import(path.join(twSrc, "parse-class-name.ts"));

const here = import.meta.dirname;
const uiRoot = path.resolve(here, "..");
const roots = [path.join(uiRoot, "src"), path.resolve(uiRoot, "../../apps/web/src")];
const configFile = path.join(uiRoot, "src/lib/merge-config.ts");
const classesFile = path.join(uiRoot, "src/lib/merge-classes.json");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && file !== configFile ? [file] : [];
  });
}

// String literals whose words are all class names (prose and identifiers drop out).
const literals: string[][] = [];
for (const file of roots.flatMap(sourceFiles)) {
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)) {
    const literal = match[1] ?? match[2] ?? match[3] ?? "";
    for (const piece of literal.split(/\$\{[^}]*\}/)) {
      const words = piece.split(/\s+/).filter(Boolean);
      if (words.length > 0) literals.push(words);
    }
  }
}

const defaults = getDefaultConfig() as unknown as Config<string, string>;
const groupIds = Object.keys(defaults.classGroups);

// Each token's class group under the default configuration, found as twMerge finds it.
const { getClassGroupId } = createClassGroupUtils(defaults);
const parseClassName = createParseClassName(defaults);
function groupOf(token: string): string | undefined {
  const { baseClassName, maybePostfixModifierPosition, isExternal } = parseClassName(token);
  if (isExternal) return undefined;
  return (
    (maybePostfixModifierPosition !== undefined
      ? getClassGroupId(baseClassName.substring(0, maybePostfixModifierPosition))
      : undefined) ?? getClassGroupId(baseClassName)
  );
}
const used = new Set<string>();
const usedTokens = new Set<string>();
for (const words of literals) {
  const ids = words.map(groupOf);
  if (ids.some((id) => id === undefined)) continue;
  for (const [index, id] of ids.entries()) {
    used.add(id as string);
    usedTokens.add(words[index] as string);
  }
}

const validatorNames = new Map<unknown, string>(
  Object.entries(validators).map(([name, fn]) => [fn, name]),
);
const themeKeys = new Set<string>();
function serialise(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") {
    const themeKey = (value as { themeKey?: string }).themeKey;
    if (themeKey !== undefined) {
      themeKeys.add(themeKey);
      return `t(${JSON.stringify(themeKey)})`;
    }
    const name = validatorNames.get(value);
    if (!name) throw new Error(`an unnamed function in the default config: ${String(value)}`);
    return `v.${name}`;
  }
  if (Array.isArray(value)) return `[${value.map(serialise).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, inner]) => `${JSON.stringify(key)}:${serialise(inner)}`)
      .join(",")}}`;
  }
  throw new Error(`unexpected value in the default config: ${String(value)}`);
}

const kept = groupIds.filter((id) => used.has(id));
const groups = kept.map((id) => `${JSON.stringify(id)}:${serialise(defaults.classGroups[id])}`);
const conflicts = (table: Record<string, readonly string[] | undefined>) =>
  kept
    .map((id) => [id, (table[id] ?? []).filter((other) => used.has(other))] as const)
    .filter(([, others]) => others.length > 0)
    .map(([id, others]) => `${JSON.stringify(id)}:${JSON.stringify(others)}`);
const theme = [...themeKeys]
  .sort()
  .map((key) => `${JSON.stringify(key)}:${serialise(defaults.theme[key] ?? [])}`);

const source = `// Generated by scripts/merge-config.ts from tailwind-merge's default configuration; do not edit.
// Only the class groups that Debrief's markup uses (${kept.length} of ${groupIds.length}).
import { type Config, fromTheme, validators as v } from "tailwind-merge";

const t = fromTheme;

export const mergeConfig = {
  cacheSize: ${defaults.cacheSize},
  theme: {${theme.join(",")}},
  classGroups: {${groups.join(",")}},
  conflictingClassGroups: {${conflicts(defaults.conflictingClassGroups).join(",")}},
  conflictingClassGroupModifiers: {${conflicts(defaults.conflictingClassGroupModifiers).join(",")}},
  postfixLookupClassGroups: ${JSON.stringify((defaults.postfixLookupClassGroups ?? []).filter((id) => used.has(id)))},
  orderSensitiveModifiers: ${JSON.stringify(defaults.orderSensitiveModifiers)},
} as unknown as Config<string, string>;
`;
const classes = `${JSON.stringify([...usedTokens].sort(), null, 1)}\n`;

if (process.argv.includes("--check")) {
  const stale = [
    [configFile, source],
    [classesFile, classes],
  ].filter(([file, text]) => readFileSync(file as string, "utf8") !== text);
  if (stale.length > 0) {
    console.error(
      `cn()'s tailwind-merge subset is stale (${stale.map(([f]) => path.basename(f as string)).join(", ")}): run pnpm --filter @debrief/ui exec tsx scripts/merge-config.ts`,
    );
    process.exit(1);
  }
  console.log(`merge config: ${kept.length} class groups, ${usedTokens.size} classes, up to date`);
} else {
  writeFileSync(configFile, source);
  writeFileSync(classesFile, classes);
  console.log(`merge config: ${kept.length} class groups, ${usedTokens.size} classes written`);
}
