import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./cn.ts";
import usedClasses from "./merge-classes.json";

describe("cn", () => {
  it("keeps the later class of a property, with variants and sides", () => {
    expect(cn("px-2 py-1 p-3")).toBe("p-3");
    expect(cn("p-3 px-2")).toBe("p-3 px-2");
    expect(cn("mb-8", "mb-0")).toBe("mb-0");
    expect(cn("text-sm text-muted-foreground", "text-xs")).toBe("text-muted-foreground text-xs");
    expect(cn("hover:bg-accent bg-primary", "hover:bg-primary/90")).toBe(
      "bg-primary hover:bg-primary/90",
    );
    expect(cn("border border-input border-b-2")).toBe("border border-input border-b-2");
    expect(cn("w-4 h-4", "size-9")).toBe("size-9");
  });

  it("drops falsy parts and joins conditional ones", () => {
    expect(cn("rounded-md", false, null, undefined, { "opacity-50": true, hidden: false })).toBe(
      "rounded-md opacity-50",
    );
  });
});

describe("cn's tailwind-merge subset", () => {
  it("merges every pair of the classes the UI uses exactly as the default configuration does", {
    timeout: 60_000,
  }, () => {
    const mismatches: string[] = [];
    const check = (input: string) => {
      if (cn(input) !== twMerge(input)) mismatches.push(input);
    };
    for (const a of usedClasses) {
      for (const b of usedClasses) check(`${a} ${b}`);
      check(`md:${a} ${a} hover:${a} !${a}`);
    }
    expect(mismatches).toEqual([]);
  });
});
