import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// esbuild ships with tsx; only the slice of its API used here is typed.
interface Bundler {
  build(options: Record<string, unknown>): Promise<{
    errors: unknown[];
    outputFiles?: { contents: Uint8Array }[];
  }>;
}

const tsxDir = realpathSync(fileURLToPath(new URL("../node_modules/tsx", import.meta.url)));
const esbuild = createRequire(join(tsxDir, "package.json"))("esbuild") as Bundler;

describe("browser bundle", () => {
  it("bundles src/index.ts for the browser with no Node built-ins", async () => {
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL("./index.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = new TextDecoder().decode(result.outputFiles?.[0]?.contents ?? new Uint8Array());
    expect(code).toContain("scoreAnswer");
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|child_process)["']\)/);
  }, 60_000);
});
