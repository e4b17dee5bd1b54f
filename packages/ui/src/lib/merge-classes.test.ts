import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { mergeClasses } from "./merge-classes.ts";

// mergeClasses must give tailwind-merge's answer for every class this repo writes. The vocabulary is read from the sources, so a new
// utility family that the small merger does not know fails here, not on screen.
const roots = [
  join(import.meta.dirname, ".."),
  join(import.meta.dirname, "../../../../apps/web/src"),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Not the merger itself (its group names are not classes), nor the content security policy
    // (its directives, such as "object-src", look like classes).
    return /\.tsx?$/.test(name) &&
      !/\.test\.tsx?$|merge-classes\.ts$|content-security-policy\.ts$/.test(name)
      ? [path]
      : [];
  });
}

const classToken = /^[!a-z0-9\-[\]:/_.%()&*>=',#@~+]+$/;
const tokens = new Set<string>();
for (const file of roots.flatMap(sourceFiles)) {
  for (const match of readFileSync(file, "utf8").matchAll(/"([^"\n]+)"|`([^`\n]+)`/g)) {
    const text = (match[1] ?? match[2] ?? "").replace(/\$\{[^}]*\}/g, " ");
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length > 0 && words.every((w) => classToken.test(w))) {
      for (const w of words) tokens.add(w);
    }
  }
}

describe("mergeClasses", () => {
  it("keeps the later class of a property, with variants and sides", () => {
    expect(mergeClasses("px-2 py-1 p-3")).toBe("p-3");
    expect(mergeClasses("p-3 px-2")).toBe("p-3 px-2");
    expect(mergeClasses("mb-8 mb-0")).toBe("mb-0");
    expect(mergeClasses("text-sm text-muted-foreground text-xs")).toBe(
      "text-muted-foreground text-xs",
    );
    expect(mergeClasses("hover:bg-accent bg-primary hover:bg-primary/90")).toBe(
      "bg-primary hover:bg-primary/90",
    );
    expect(mergeClasses("border border-input border-b-2")).toBe("border border-input border-b-2");
    expect(mergeClasses("size-9 w-full")).toBe("size-9 w-full");
    expect(mergeClasses("w-4 h-4 size-9")).toBe("size-9");
  });

  it("agrees with tailwind-merge on every pair of classes used in the repo", () => {
    expect(tokens.size).toBeGreaterThan(500);
    const list = [...tokens];
    const differences: string[] = [];
    for (const a of list) {
      for (const b of list) {
        const input = `${a} ${b}`;
        const expected = twMerge(input);
        if (mergeClasses(input) !== expected && differences.length < 20) {
          differences.push(`${input} → ${expected}, got ${mergeClasses(input)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);
});
