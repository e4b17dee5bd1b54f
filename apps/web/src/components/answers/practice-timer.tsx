"use client";

import { Button } from "@debrief/ui";
import { PauseIcon, PlayIcon, RotateCcwIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { formatDuration } from "~/lib/format";

/** Optional stopwatch for rehearsing the answer aloud against the kind's target time. */
export function PracticeTimer({ targetSeconds }: { targetSeconds: { min: number; max: number } }) {
  const [elapsedMs, setElapsedMs] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [startedAt]);

  const isRunning = startedAt !== null;
  const total = Math.floor((elapsedMs + (isRunning ? Math.max(0, now - startedAt) : 0)) / 1000);
  const isOver = total > targetSeconds.max;

  const toggle = () => {
    if (startedAt === null) {
      setStartedAt(Date.now());
    } else {
      setElapsedMs((ms) => ms + (Date.now() - startedAt));
      setStartedAt(null);
    }
  };
  const reset = () => {
    setElapsedMs(0);
    setStartedAt(null);
  };

  return (
    <section
      aria-labelledby="timer-heading"
      className="flex flex-col gap-3 rounded-xl border bg-card p-4"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="timer-heading" className="text-sm font-semibold">
          Timer
        </h2>
        <span className="text-xs text-muted-foreground">Optional</span>
      </div>
      <p className="text-xs text-muted-foreground">
        Read your answer aloud. Aim for {formatDuration(targetSeconds.min)}–
        {formatDuration(targetSeconds.max)}.
      </p>
      <div className="flex items-center justify-between gap-3">
        <span
          role="timer"
          aria-label="Elapsed time"
          className="text-2xl font-semibold tabular-nums"
        >
          {formatDuration(total)}
        </span>
        {isOver ? <span className="text-xs font-medium text-warning">Over the target</span> : null}
      </div>
      <div className="flex gap-2">
        <Button size="sm" variant="outline" onClick={toggle}>
          {isRunning ? <PauseIcon aria-hidden /> : <PlayIcon aria-hidden />}
          {isRunning ? "Pause timer" : total > 0 ? "Resume timer" : "Start timer"}
        </Button>
        <Button size="sm" variant="ghost" onClick={reset} disabled={total === 0 && !isRunning}>
          <RotateCcwIcon aria-hidden />
          Reset
        </Button>
      </div>
    </section>
  );
}
