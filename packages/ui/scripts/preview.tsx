/**
 * Static visual check of the design system: renders a sample page (shell, score card,
 * primitives) to HTML in light and dark, compiles the CSS with the Tailwind CLI and, when
 * Chromium is installed, screenshots both. Output goes to a temp folder, never the repo.
 *
 *   pnpm --filter @debrief/ui preview            # → $TMPDIR/debrief-ui-preview/*.png
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderToString } from "react-dom/server";
import { ThemeProvider } from "../src/shell/theme-provider.tsx";
import { PreviewPage } from "./preview-page.tsx";

const here = fileURLToPath(new URL(".", import.meta.url));
const outDir = join(tmpdir(), "debrief-ui-preview");
mkdirSync(outDir, { recursive: true });

const inputCss = join(outDir, "input.css");
writeFileSync(inputCss, `@import "${join(here, "../src/styles.css")}";\n@source "${here}";\n`);
const cli = join(here, "../node_modules/.bin/tailwindcss");
const built = spawnSync(cli, ["-i", inputCss, "-o", join(outDir, "styles.css")], {
  stdio: "inherit",
});
if (built.status !== 0) throw new Error("tailwind build failed");

// Bundle the hydration entry so menus, tooltips and the theme toggle work in the browser.
// esbuild comes with tsx, so the preview needs no bundler dependency of its own.
const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx"))("esbuild") as {
  buildSync: (options: Record<string, unknown>) => unknown;
};
esbuild.buildSync({
  entryPoints: [join(here, "preview-client.tsx")],
  bundle: true,
  // file:// pages cannot load module scripts (no CORS origin), so a classic IIFE.
  format: "iife",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: join(outDir, "client.js"),
  logLevel: "warning",
});
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
for (const theme of ["light", "dark"] as const) {
  const body = renderToString(
    <ThemeProvider forcedTheme={theme}>
      <PreviewPage />
    </ThemeProvider>,
  );
  const html = `<!doctype html><html lang="en" class="${theme}" data-preview-theme="${theme}" style="color-scheme:${theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Debrief preview (${theme})</title><link rel="stylesheet" href="styles.css"><script defer src="client.js"></script></head><body><div id="root">${body}</div></body></html>`;
  const file = join(outDir, `preview-${theme}.html`);
  writeFileSync(file, html);
  if (!existsSync(chromium)) continue;
  for (const [name, size] of [
    ["", "1280,2600"],
    ["-mobile", "390,1800"],
  ] as const) {
    spawnSync(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--hide-scrollbars",
        "--virtual-time-budget=3000",
        `--screenshot=${join(outDir, `preview-${theme}${name}.png`)}`,
        `--window-size=${size}`,
        `file://${file}`,
      ],
      { stdio: "ignore" },
    );
  }
}
console.log(`preview written to ${outDir}`);
