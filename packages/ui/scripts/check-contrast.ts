/**
 * Checks the colour tokens in src/styles.css against WCAG AA in both themes, including the
 * tinted backgrounds that badges, alerts and evidence highlights mix from a token.
 * Run: pnpm --filter @debrief/ui exec tsx scripts/check-contrast.ts
 */
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../src/styles.css", import.meta.url), "utf8");

function readBlock(selector: string): Map<string, string> {
  // First block for the selector, top level or nested one level in an at-rule.
  const match = new RegExp(`\\n {0,2}${selector.replace(".", "\\.")} \\{`).exec(css);
  if (!match) throw new Error(`no ${selector} block`);
  const body = css.slice(match.index, css.indexOf("}", match.index));
  const vars = new Map<string, string>();
  for (const m of body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6});/gi)) {
    if (m[1] && m[2]) vars.set(m[1], m[2]);
  }
  return vars;
}

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
// Approximates color-mix(in oklab, …) with sRGB mixing; close enough for low tint percentages.
const mix = (a: Rgb, b: Rgb, t: number): Rgb =>
  a.map((v, i) => v * t + (b[i] ?? 0) * (1 - t)) as Rgb;
const lum = ([r, g, b]: Rgb) => {
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a: Rgb, b: Rgb) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

const root = readBlock(":root");
let failures = 0;
for (const theme of ["light", "dark"] as const) {
  const vars = new Map(root);
  if (theme === "dark") for (const [k, v] of readBlock(".dark")) vars.set(k, v);
  const c = (name: string): Rgb => {
    const v = vars.get(name);
    if (!v) throw new Error(`missing --${name}`);
    return hex(v);
  };
  const checks: Array<[string, Rgb, Rgb, number]> = [];
  const text = (label: string, fg: Rgb, bg: Rgb) => checks.push([label, fg, bg, 4.5]);
  const graphic = (label: string, fg: Rgb, bg: Rgb) => checks.push([label, fg, bg, 3]);

  for (const surface of ["background", "card", "popover", "muted", "accent"]) {
    text(`foreground on ${surface}`, c("foreground"), c(surface));
    text(`muted-foreground on ${surface}`, c("muted-foreground"), c(surface));
  }
  for (const pair of [
    "card",
    "popover",
    "accent",
    "secondary",
    "primary",
    "destructive",
    "success",
    "warning",
    "info",
  ]) {
    text(`${pair}-foreground on ${pair}`, c(`${pair}-foreground`), c(pair));
  }
  for (const tone of ["primary", "destructive", "success", "warning", "info"]) {
    for (const surface of ["background", "card"]) {
      text(`${tone} text on ${surface}`, c(tone), c(surface));
      // Badge/alert tint: bg-{tone}/10 over the surface.
      text(`${tone} text on ${tone}/10 tint`, c(tone), mix(c(tone), c(surface), 0.1));
    }
    text(
      `muted-foreground on ${tone}/5 alert`,
      c("muted-foreground"),
      mix(c(tone), c("card"), 0.05),
    );
  }
  for (const effect of ["supports", "hurts", "comment"]) {
    // EvidenceText uses a 14% tint behind body text (18% when focused/hovered).
    text(
      `foreground on evidence-${effect}/18`,
      c("foreground"),
      mix(c(`evidence-${effect}`), c("card"), 0.18),
    );
    graphic(`evidence-${effect} underline on card`, c(`evidence-${effect}`), c("card"));
  }
  for (const n of [0, 1, 2, 3, 4]) graphic(`score-${n} on card`, c(`score-${n}`), c("card"));
  graphic("ring on background", c("ring"), c("background"));

  for (const [label, fg, bg, min] of checks) {
    const r = ratio(fg, bg);
    if (r < min) {
      failures++;
      console.log(`FAIL ${theme}: ${label} = ${r.toFixed(2)} (needs ${min})`);
    }
  }
  console.log(`${theme}: ${checks.length} pairs checked`);
}
if (failures > 0) process.exitCode = 1;
