import { cn } from "@debrief/ui";
import { CircleAlertIcon, CircleCheckIcon, CircleDotIcon } from "lucide-react";
import { estimateSpokenSeconds, formatDuration, pluralize } from "~/lib/format";

export interface LengthTargets {
  /** Outside this the engine flags the answer as too short / too long. */
  allowed: { min: number; max: number };
  /** The comfortable band inside it. */
  ideal: { min: number; max: number };
  spokenSeconds: { min: number; max: number };
}

function verdict(words: number, { allowed, ideal }: LengthTargets) {
  if (words === 0)
    return { tone: "muted", text: `Aim for ${ideal.min}–${ideal.max} words.` } as const;
  if (words < allowed.min)
    return {
      tone: "warn",
      text: `Too short for this kind: at least ${allowed.min} words.`,
    } as const;
  if (words > allowed.max)
    return { tone: "warn", text: `Too long for this kind: at most ${allowed.max} words.` } as const;
  if (words < ideal.min)
    return {
      tone: "muted",
      text: `Within range; ${ideal.min}–${ideal.max} words is the sweet spot.`,
    } as const;
  if (words > ideal.max)
    return {
      tone: "muted",
      text: `Within range but long to say aloud; ${ideal.max} words or fewer is easier to follow.`,
    } as const;
  return { tone: "good", text: "A good length for this kind." } as const;
}

/** Word count, spoken-time estimate and how both sit against the kind's targets, in words and a bar. */
export function LengthMeter({ words, targets }: { words: number; targets: LengthTargets }) {
  const spoken = estimateSpokenSeconds(words);
  const v = verdict(words, targets);
  const scaleMax = targets.allowed.max * 1.15;
  const pct = (n: number) => `${Math.min(100, (n / scaleMax) * 100)}%`;
  const Icon =
    v.tone === "good" ? CircleCheckIcon : v.tone === "warn" ? CircleAlertIcon : CircleDotIcon;

  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="font-medium tabular-nums" data-testid="word-count">
          {pluralize(words, "word")}
        </span>
        <span className="text-muted-foreground tabular-nums">
          about {formatDuration(spoken)} spoken
        </span>
        <span className="text-muted-foreground tabular-nums">
          target {formatDuration(targets.spokenSeconds.min)}–
          {formatDuration(targets.spokenSeconds.max)}
        </span>
      </p>
      <div aria-hidden className="relative h-1.5 w-full rounded-full bg-muted">
        <div
          className="absolute inset-y-0 rounded-full bg-success/35"
          style={{
            left: pct(targets.ideal.min),
            width: `calc(${pct(targets.ideal.max)} - ${pct(targets.ideal.min)})`,
          }}
        />
        <div
          className="absolute -top-1 h-3.5 w-1 -translate-x-1/2 rounded-full bg-foreground transition-[left]"
          style={{ left: pct(words) }}
        />
      </div>
      <p
        className={cn(
          "flex items-center gap-1.5 text-xs",
          v.tone === "warn"
            ? "text-warning"
            : v.tone === "good"
              ? "text-success"
              : "text-muted-foreground",
        )}
      >
        <Icon aria-hidden className="size-3.5 shrink-0" />
        {v.text}
      </p>
    </div>
  );
}
