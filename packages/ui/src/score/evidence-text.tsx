"use client";

import { MessageSquareTextIcon } from "lucide-react";
import type * as React from "react";
import { lazy, useId, useState } from "react";
import { PersistentTooltip } from "../components/persistent-tooltip.tsx";
import { cn } from "../lib/cn.ts";
import type { Mark } from "./evidence-details.tsx";
import { humanizeKey } from "./score-band.ts";
import { segmentText, type TextSegment } from "./segment-text.ts";
import type { CommentRange, DimensionKey, Evidence } from "./types.ts";

// What a highlight says (its note) loads with the first note opened; the pointer or focus
// reaching the answer starts the download.
const loadDetails = () => import("./evidence-details.tsx");
const Details = lazy(() => loadDetails().then((m) => ({ default: m.EvidenceDetails })));
const preloadDetails = () => {
  loadDetails().catch(() => {});
};

export interface EvidenceTextProps {
  /** The answer exactly as scored; evidence offsets index into it. */
  text: string;
  evidence: readonly Evidence[];
  /** Coach comments anchored to ranges; drawn in their own colour with a speech-bubble cue. */
  comments?: readonly CommentRange[];
  /** Display names for dimensions (from the app's rubric); missing ones fall back to the key. */
  dimensionLabels?: Partial<Record<DimensionKey, string>>;
  /** Controlled filter: only these dimensions' evidence is highlighted. null/undefined = all. */
  filter?: readonly DimensionKey[] | null;
  onFilterChange?: (next: DimensionKey[] | null) => void;
  /** Show the filter buttons (one per dimension that has evidence). */
  showFilter?: boolean;
  /**
   * The key explaining the cues, shown under the text: an <EvidenceLegend>. A prop, so a server
   * page renders it and its markup costs the page no JavaScript.
   */
  legend?: React.ReactNode;
  /** Accessible name for the answer region. */
  label?: string;
  className?: string;
}

const EFFECT_WORD = { supports: "supports", hurts: "hurts" } as const;

function segmentTone(marks: readonly Mark[]): "supports" | "hurts" | "mixed" | "comment" {
  let supports = false;
  let hurts = false;
  for (const m of marks) {
    if (m.kind !== "evidence") continue;
    if (m.item.effect === "supports") supports = true;
    else hurts = true;
  }
  if (supports && hurts) return "mixed";
  if (supports) return "supports";
  if (hurts) return "hurts";
  return "comment";
}

// Tone → colour plus a non-colour cue: solid underline (supports), wavy (hurts), dashed (both),
// dotted (comment only). The glyph at each range's end repeats the cue in another form.
const TONE_CLASS = {
  supports:
    "bg-evidence-supports/14 decoration-evidence-supports decoration-solid hover:bg-evidence-supports/18 focus-visible:bg-evidence-supports/18",
  hurts:
    "bg-evidence-hurts/14 decoration-evidence-hurts decoration-wavy hover:bg-evidence-hurts/18 focus-visible:bg-evidence-hurts/18",
  mixed:
    "bg-evidence-hurts/10 decoration-muted-foreground decoration-dashed hover:bg-evidence-hurts/18 focus-visible:bg-evidence-hurts/18",
  comment:
    "bg-evidence-comment/14 decoration-evidence-comment decoration-dotted hover:bg-evidence-comment/18 focus-visible:bg-evidence-comment/18",
} as const;

function EndGlyph({ mark, label }: { mark: Mark; label: string }) {
  if (mark.kind === "comment") {
    return (
      <>
        <MessageSquareTextIcon
          aria-hidden
          className="mx-px inline size-[0.95em] align-[-0.1em] text-evidence-comment"
        />
        <span className="sr-only"> (coach comment)</span>
      </>
    );
  }
  const supports = mark.item.effect === "supports";
  return (
    <>
      <span
        aria-hidden
        className={cn(
          "mx-px inline-flex size-[1.1em] select-none items-center justify-center rounded-full align-[0.1em] text-[0.65em] font-bold leading-none text-card",
          supports ? "bg-evidence-supports" : "bg-evidence-hurts",
        )}
      >
        {supports ? "✓" : "!"}
      </span>
      <span className="sr-only">
        {" "}
        ({EFFECT_WORD[mark.item.effect]} {label})
      </span>
    </>
  );
}

/**
 * The answer with its evidence highlighted. The text is rendered as React text nodes only, so
 * anything the candidate typed (including markup) shows literally. Each highlight opens its
 * details on hover and on keyboard focus; line breaks are kept.
 *
 * The highlights are one Tab stop (a roving tab index): Tab reaches the current one, the arrow
 * keys, Home and End move between them, and the next Tab leaves the answer. An answer with 48
 * highlights used to cost 48 Tab presses to get past.
 */
export function EvidenceText({
  text,
  evidence,
  comments = [],
  dimensionLabels,
  filter: controlledFilter,
  onFilterChange,
  showFilter = false,
  legend,
  label = "Answer with highlighted evidence",
  className,
}: EvidenceTextProps) {
  const [ownFilter, setOwnFilter] = useState<DimensionKey[] | null>(null);
  const isControlled = controlledFilter !== undefined;
  const filter = isControlled ? controlledFilter : ownFilter;
  const setFilter = (next: DimensionKey[] | null) => {
    if (!isControlled) setOwnFilter(next);
    onFilterChange?.(next);
  };

  const labelFor = (key: DimensionKey) => dimensionLabels?.[key] ?? humanizeKey(key);
  const presentDimensions = [...new Set(evidence.map((e) => e.dimension))];

  const marks: Mark[] = [
    ...evidence
      .filter((e) => !filter || filter.includes(e.dimension))
      .map((item): Mark => ({ kind: "evidence", start: item.start, end: item.end, item })),
    ...comments.map((item): Mark => ({ kind: "comment", start: item.start, end: item.end, item })),
  ];
  const segments = segmentText(text, marks);
  const markedCount = segments.filter((segment) => segment.ranges.length > 0).length;
  const [activeMark, setActiveMark] = useState(0);
  const keysId = useId();
  const tabStop = Math.min(activeMark, Math.max(markedCount - 1, 0));

  const onRegionKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName !== "MARK") return;
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>("mark[data-index]")];
    const index = all.indexOf(target);
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? index + 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? all.length - 1
              : null;
    if (next === null || index < 0) return;
    event.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, next))]?.focus();
  };
  let markIndex = -1;

  const toggle = (key: DimensionKey) => {
    const current = filter ?? [];
    const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    setFilter(next.length === 0 ? null : next);
  };

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      {showFilter && presentDimensions.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a legend and border we do not want; role=group names the set.
        <div
          role="group"
          aria-label="Show evidence for"
          data-print="hide"
          className="flex flex-wrap gap-1.5"
        >
          <FilterChip pressed={filter === null} onClick={() => setFilter(null)}>
            All
          </FilterChip>
          {presentDimensions.map((key) => (
            <FilterChip
              key={key}
              pressed={filter?.includes(key) ?? false}
              onClick={() => toggle(key)}
            >
              {labelFor(key)}
            </FilterChip>
          ))}
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: the answer is a region of prose, not a page section. */}
      <div
        role="region"
        aria-label={label}
        aria-describedby={markedCount > 1 ? keysId : undefined}
        className="whitespace-pre-wrap break-words text-[15px] leading-7"
        onKeyDown={onRegionKeyDown}
        onPointerOver={preloadDetails}
        onFocus={preloadDetails}
      >
        {segments.map((segment) => {
          if (segment.ranges.length > 0) markIndex += 1;
          const index = markIndex;
          return (
            <SegmentView
              key={segment.start}
              segment={segment}
              labelFor={labelFor}
              index={index}
              isTabStop={segment.ranges.length > 0 && index === tabStop}
              onFocusMark={setActiveMark}
            />
          );
        })}
      </div>
      {markedCount > 1 ? (
        <span id={keysId} className="sr-only">
          Arrow keys move between the {markedCount} highlights.
        </span>
      ) : null}
      {legend}
    </div>
  );
}

function SegmentView({
  segment,
  labelFor,
  index,
  isTabStop,
  onFocusMark,
}: {
  segment: TextSegment<Mark>;
  labelFor: (key: DimensionKey) => string;
  index: number;
  isTabStop: boolean;
  onFocusMark: (index: number) => void;
}) {
  if (segment.ranges.length === 0) return <>{segment.text}</>;
  const tone = segmentTone(segment.ranges);
  // Glyphs go after the last segment of each range, so a split range still gets one cue.
  const ending = segment.ranges.filter((m) => m.end === segment.end);
  const hasComment = segment.ranges.some((m) => m.kind === "comment");
  return (
    <PersistentTooltip
      content={<Details marks={segment.ranges} labelFor={labelFor} />}
      contentClassName="max-w-sm text-sm"
    >
      <mark
        tabIndex={isTabStop ? 0 : -1}
        data-index={index}
        onFocus={() => onFocusMark(index)}
        data-tone={tone}
        data-comment={hasComment ? "true" : undefined}
        data-start={segment.start}
        data-end={segment.end}
        className={cn(
          "rounded-[3px] text-inherit underline decoration-2 underline-offset-[5px] [box-decoration-break:clone]",
          TONE_CLASS[tone],
          // Evidence styling wins the underline; a comment on the same words adds a top rule.
          hasComment &&
            tone !== "comment" &&
            "shadow-[inset_0_2px_0_0_var(--color-evidence-comment)]",
        )}
      >
        {segment.text}
        {ending.map((m) => (
          <EndGlyph
            key={
              m.kind === "comment"
                ? `c-${m.item.id}`
                : `e-${m.item.dimension}-${m.start}-${m.item.tag}`
            }
            mark={m}
            label={m.kind === "evidence" ? labelFor(m.item.dimension) : ""}
          />
        ))}
      </mark>
    </PersistentTooltip>
  );
}

function FilterChip({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={cn(
        "h-7 rounded-full border px-3 text-xs font-medium transition-colors",
        pressed
          ? "border-foreground bg-foreground text-background"
          : "bg-background text-muted-foreground hover:text-foreground",
      )}
    >
      {children}
    </button>
  );
}
