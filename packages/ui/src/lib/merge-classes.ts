// A small Tailwind class merger: later utilities override earlier ones of the same property, so a
// component's `className` prop wins over its defaults. It knows the utility families our
// components use and leaves unknown classes alone (both kept).
// `merge-classes.test.ts` checks it against tailwind-merge on every class string in the repo.

type Classify = (value: string) => string | null;

const sizes = /^(2xs|xs|sm|base|md|lg|xl|[2-9]xl)$/;
const isNumber = (v: string) => /^\d+(\.\d+)?$/.test(v);
const isArbitrary = (v: string) => v.startsWith("[") && v.endsWith("]");
const isArbitraryLength = (v: string) =>
  isArbitrary(v) && /^\[(length:)?-?[\d.]+(px|rem|em|%|vh|vw|dvh|ch)?\]$/.test(v);
const stripOpacity = (v: string) => v.replace(/\/[\w.[\]]+$/, "");

const textValue: Classify = (v) => {
  const base = stripOpacity(v);
  if (sizes.test(base) || isArbitraryLength(base) || /^\[length:/.test(base)) return "font-size";
  if (/^(left|center|right|justify|start|end)$/.test(v)) return "text-align";
  if (/^(wrap|nowrap|balance|pretty)$/.test(v)) return "text-wrap";
  if (/^(ellipsis|clip)$/.test(v)) return "text-overflow";
  return "text-color";
};

const fontValue: Classify = (v) =>
  /^(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/.test(v) || isNumber(v)
    ? "font-weight"
    : "font-family";

const borderValue =
  (side: string): Classify =>
  (v) => {
    if (v === "" || isNumber(v) || isArbitraryLength(v)) return `border-w${side}`;
    if (/^(solid|dashed|dotted|double|hidden|none)$/.test(v) && side === "") return "border-style";
    if (/^(collapse|separate)$/.test(v) && side === "") return "border-collapse";
    return `border-color${side}`;
  };

const shadowValue: Classify = (v) =>
  v === "" || /^(2xs|xs|sm|md|lg|xl|2xl|none|inner)$/.test(v) || (isArbitrary(v) && /\d/.test(v))
    ? "shadow"
    : "shadow-color";

const widthOrColor =
  (name: string): Classify =>
  (v) =>
    v === "" || isNumber(v) || isArbitraryLength(v) ? `${name}-w` : `${name}-color`;

const outlineValue: Classify = (v) => {
  if (v === "" || isNumber(v) || isArbitraryLength(v)) return "outline-w";
  if (/^(none|hidden|solid|dashed|dotted|double)$/.test(v)) return "outline-style";
  return "outline-color";
};

const decorationValue: Classify = (v) => {
  if (isNumber(v) || isArbitraryLength(v) || v === "auto" || v === "from-font")
    return "decoration-thickness";
  if (/^(solid|double|dotted|dashed|wavy)$/.test(v)) return "decoration-style";
  return "decoration-color";
};

const bgValue: Classify = (v) => {
  if (/^(fixed|local|scroll)$/.test(v)) return "bg-attachment";
  if (/^(auto|cover|contain)$/.test(v)) return "bg-size";
  if (/^(no-repeat|repeat|repeat-x|repeat-y|repeat-round|repeat-space)$/.test(v))
    return "bg-repeat";
  if (/^(bottom|center|left|right|top|left-top|left-bottom|right-top|right-bottom)/.test(v))
    return "bg-position";
  if (/^(none|linear-|radial|conic|gradient-|\[url)/.test(v)) return "bg-image";
  if (v.startsWith("clip-")) return "bg-clip";
  return "bg-color";
};

const flexValue: Classify = (v) => {
  if (/^(row|row-reverse|col|col-reverse)$/.test(v)) return "flex-direction";
  if (/^(wrap|wrap-reverse|nowrap)$/.test(v)) return "flex-wrap";
  return "flex";
};

const strokeValue: Classify = (v) => (isNumber(v) || isArbitraryLength(v) ? "stroke-w" : "stroke");

const breakValue: Classify = (v) => {
  if (/^(normal|words|all|keep)$/.test(v)) return "word-break";
  if (v.startsWith("before-")) return "break-before";
  if (v.startsWith("inside-")) return "break-inside";
  if (v.startsWith("after-")) return "break-after";
  return "word-break";
};

// Utility prefix → its group, or a function of the value. Longest prefix wins.
const prefixes: Record<string, string | Classify> = {
  p: "p",
  px: "px",
  py: "py",
  pt: "pt",
  pr: "pr",
  pb: "pb",
  pl: "pl",
  ps: "ps",
  pe: "pe",
  m: "m",
  mx: "mx",
  my: "my",
  mt: "mt",
  mr: "mr",
  mb: "mb",
  ml: "ml",
  ms: "ms",
  me: "me",
  w: "w",
  h: "h",
  size: "size",
  "min-w": "min-w",
  "min-h": "min-h",
  "max-w": "max-w",
  "max-h": "max-h",
  gap: "gap",
  "gap-x": "gap-x",
  "gap-y": "gap-y",
  "space-x": "space-x",
  "space-y": "space-y",
  inset: "inset",
  "inset-x": "inset-x",
  "inset-y": "inset-y",
  top: "top",
  right: "right",
  bottom: "bottom",
  left: "left",
  start: "start",
  end: "end",
  z: "z",
  order: "order",
  basis: "basis",
  flex: flexValue,
  grow: "grow",
  shrink: "shrink",
  "grid-cols": "grid-cols",
  "grid-rows": "grid-rows",
  "grid-flow": "grid-flow",
  "col-span": "col-span",
  "col-start": "col-start",
  "col-end": "col-end",
  "row-span": "row-span",
  "row-start": "row-start",
  "row-end": "row-end",
  "auto-cols": "auto-cols",
  "auto-rows": "auto-rows",
  items: "align-items",
  justify: "justify-content",
  "justify-items": "justify-items",
  "justify-self": "justify-self",
  self: "align-self",
  content: (v) =>
    /^(normal|center|start|end|between|around|evenly|baseline|stretch)$/.test(v)
      ? "align-content"
      : isArbitrary(v)
        ? "content"
        : null,
  "place-items": "place-items",
  "place-content": "place-content",
  "place-self": "place-self",
  overflow: "overflow",
  "overflow-x": "overflow-x",
  "overflow-y": "overflow-y",
  overscroll: "overscroll",
  opacity: "opacity",
  rounded: "rounded",
  "rounded-t": "rounded-t",
  "rounded-r": "rounded-r",
  "rounded-b": "rounded-b",
  "rounded-l": "rounded-l",
  "rounded-s": "rounded-s",
  "rounded-e": "rounded-e",
  "rounded-tl": "rounded-tl",
  "rounded-tr": "rounded-tr",
  "rounded-br": "rounded-br",
  "rounded-bl": "rounded-bl",
  leading: "leading",
  tracking: "tracking",
  whitespace: (v) =>
    /^(normal|nowrap|pre|pre-line|pre-wrap|break-spaces)$/.test(v) ? "whitespace" : null,
  "divide-x": widthOrColor("divide-x"),
  "divide-y": widthOrColor("divide-y"),
  break: breakValue,
  "line-clamp": "line-clamp",
  aspect: "aspect",
  object: "object-fit",
  cursor: "cursor",
  select: (v) => (/^(none|text|all|auto)$/.test(v) ? "select" : null),
  caption: (v) => (/^(top|bottom)$/.test(v) ? "caption" : null),
  "pointer-events": "pointer-events",
  resize: "resize",
  // Only Tailwind's own animations are one group to tailwind-merge; theme ones stay apart.
  animate: (v) => (/^(none|spin|ping|pulse|bounce)$/.test(v) ? "animate" : null),
  transition: "transition",
  duration: "duration",
  ease: "ease",
  delay: "delay",
  "translate-x": "translate-x",
  "translate-y": "translate-y",
  translate: "translate",
  scale: "scale",
  rotate: "rotate",
  origin: "origin",
  "underline-offset": "underline-offset",
  decoration: decorationValue,
  fill: "fill",
  stroke: strokeValue,
  bg: bgValue,
  from: "gradient-from",
  via: "gradient-via",
  to: "gradient-to",
  align: "vertical-align",
  list: "list-style",
  appearance: "appearance",
  outline: outlineValue,
  "outline-offset": "outline-offset",
  ring: widthOrColor("ring"),
  "ring-offset": widthOrColor("ring-offset"),
  accent: "accent",
  caret: "caret",
  columns: "columns",
  float: "float",
  clear: "clear",
  "scroll-m": "scroll-m",
  "scroll-mt": "scroll-mt",
  "scroll-mb": "scroll-mb",
  "scroll-p": "scroll-p",
  "scroll-pt": "scroll-pt",
  "scroll-pb": "scroll-pb",
  "box-decoration": "box-decoration",
  backdrop: "backdrop",
  blur: "blur",
  text: textValue,
  font: fontValue,
  border: borderValue(""),
  "border-x": borderValue("-x"),
  "border-y": borderValue("-y"),
  "border-t": borderValue("-t"),
  "border-r": borderValue("-r"),
  "border-b": borderValue("-b"),
  "border-l": borderValue("-l"),
  "border-s": borderValue("-s"),
  "border-e": borderValue("-e"),
  shadow: shadowValue,
  "inset-shadow": "inset-shadow",
  "drop-shadow": "drop-shadow",
  "field-sizing": "field-sizing",
  "forced-color-adjust": "forced-color-adjust",
  "will-change": "will-change",
  table: (v) => (/^(auto|fixed)$/.test(v) ? "table-layout" : null),
  "text-shadow": "text-shadow",
};

const keywords: Record<string, string> = {
  block: "display",
  "inline-block": "display",
  inline: "display",
  flex: "display",
  "inline-flex": "display",
  grid: "display",
  "inline-grid": "display",
  contents: "display",
  hidden: "display",
  table: "display",
  "table-row": "display",
  "table-cell": "display",
  "flow-root": "display",
  "list-item": "display",
  static: "position",
  fixed: "position",
  absolute: "position",
  relative: "position",
  sticky: "position",
  visible: "visibility",
  invisible: "visibility",
  collapse: "visibility",
  "sr-only": "sr",
  "not-sr-only": "sr",
  truncate: "text-overflow",
  "text-ellipsis": "text-overflow",
  "text-clip": "text-overflow",
  italic: "font-style",
  "not-italic": "font-style",
  underline: "text-decoration-line",
  overline: "text-decoration-line",
  "line-through": "text-decoration-line",
  "no-underline": "text-decoration-line",
  uppercase: "text-transform",
  lowercase: "text-transform",
  capitalize: "text-transform",
  "normal-case": "text-transform",
  grow: "grow",
  shrink: "shrink",
  border: "border-w",
  "border-x": "border-w-x",
  "border-y": "border-w-y",
  "border-t": "border-w-t",
  "border-r": "border-w-r",
  "border-b": "border-w-b",
  "border-l": "border-w-l",
  "border-s": "border-w-s",
  "border-e": "border-w-e",
  "divide-x": "divide-x-w",
  "divide-y": "divide-y-w",
  "ring-inset": "ring-inset",
  rounded: "rounded",
  shadow: "shadow",
  ring: "ring-w",
  outline: "outline-w",
  transition: "transition",
  "tabular-nums": "fvn-spacing",
  "proportional-nums": "fvn-spacing",
  "lining-nums": "fvn-figure",
  "oldstyle-nums": "fvn-figure",
  antialiased: "font-smoothing",
  "subpixel-antialiased": "font-smoothing",
  resize: "resize",
  isolate: "isolation",
  "isolation-auto": "isolation",
};

// A class of the key on the left also overrides earlier classes of the groups on the right.
const overrides: Record<string, string[]> = {
  p: ["px", "py", "pt", "pr", "pb", "pl", "ps", "pe"],
  px: ["pr", "pl", "ps", "pe"],
  py: ["pt", "pb"],
  m: ["mx", "my", "mt", "mr", "mb", "ml", "ms", "me"],
  mx: ["mr", "ml", "ms", "me"],
  my: ["mt", "mb"],
  size: ["w", "h"],
  inset: ["inset-x", "inset-y", "top", "right", "bottom", "left", "start", "end"],
  "inset-x": ["right", "left"],
  "inset-y": ["top", "bottom"],
  gap: ["gap-x", "gap-y"],
  overflow: ["overflow-x", "overflow-y"],
  rounded: [
    "rounded-t",
    "rounded-r",
    "rounded-b",
    "rounded-l",
    "rounded-s",
    "rounded-e",
    "rounded-tl",
    "rounded-tr",
    "rounded-br",
    "rounded-bl",
  ],
  "rounded-t": ["rounded-tl", "rounded-tr"],
  "rounded-r": ["rounded-tr", "rounded-br"],
  "rounded-b": ["rounded-br", "rounded-bl"],
  "rounded-l": ["rounded-tl", "rounded-bl"],
  "border-w": [
    "border-w-x",
    "border-w-y",
    "border-w-t",
    "border-w-r",
    "border-w-b",
    "border-w-l",
    "border-w-s",
    "border-w-e",
  ],
  "border-w-x": ["border-w-r", "border-w-l"],
  "border-w-y": ["border-w-t", "border-w-b"],
  "border-color": [
    "border-color-x",
    "border-color-y",
    "border-color-t",
    "border-color-r",
    "border-color-b",
    "border-color-l",
  ],
  "font-size": ["leading"],
  flex: ["basis", "grow", "shrink"],
  "line-clamp": ["display", "overflow"],
  "scroll-m": ["scroll-mt", "scroll-mb"],
  "scroll-p": ["scroll-pt", "scroll-pb"],
  translate: ["translate-x", "translate-y"],
};

/** Splits `md:hover:px-4` into its variants and the utility, ignoring colons inside brackets. */
function splitVariants(token: string): { variants: string; utility: string } {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (c === ":" && depth === 0) last = i;
  }
  return last === -1
    ? { variants: "", utility: token }
    : { variants: token.slice(0, last + 1), utility: token.slice(last + 1) };
}

function groupOf(utility: string): string | null {
  let base = utility;
  if (base.startsWith("!")) base = base.slice(1);
  if (base.endsWith("!")) base = base.slice(0, -1);
  if (base.startsWith("-")) base = base.slice(1);
  if (base.startsWith("[") && base.endsWith("]")) {
    // An arbitrary property, e.g. [box-decoration-break:clone].
    const colon = base.indexOf(":");
    return colon > 1 ? `arbitrary:${base.slice(1, colon)}` : null;
  }
  const keyword = keywords[base];
  if (keyword) return keyword;
  // Longest known prefix first: "border-t-2" before "border-2".
  for (let end = base.lastIndexOf("-"); end > 0; end = base.lastIndexOf("-", end - 1)) {
    const group = prefixes[base.slice(0, end)];
    if (group === undefined) continue;
    const value = base.slice(end + 1);
    return typeof group === "string" ? group : group(value);
  }
  return null;
}

/** Joins Tailwind classes; of two classes for the same property, the later one is kept. */
export function mergeClasses(classes: string): string {
  const tokens = classes.split(/\s+/).filter(Boolean);
  const taken = new Set<string>();
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as string;
    const { variants, utility } = splitVariants(token);
    const group = groupOf(utility);
    if (group === null) {
      kept.push(token);
      continue;
    }
    const important = utility.startsWith("!") || utility.endsWith("!") ? "!" : "";
    const key = `${variants}${important}${group}`;
    if (taken.has(key)) continue;
    taken.add(key);
    for (const overridden of overrides[group] ?? []) {
      taken.add(`${variants}${important}${overridden}`);
    }
    kept.push(token);
  }
  return kept.reverse().join(" ");
}
