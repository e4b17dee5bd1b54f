"use client";

import { type ComponentProps, useEffect, useRef, useState } from "react";
import { onDemand } from "~/lib/on-demand";
import type { TrendChart as TrendChartComponent } from "./trend-chart";

type TrendChartProps = ComponentProps<typeof TrendChartComponent>;

// The chart and its candidate picker sit below the heat map, and most visits never scroll to
// them: they load when the section comes near the viewport, or before printing, instead of with
// the page (the server renders the placeholder). Nothing here touches its data.
const TrendChart = onDemand(
  () => import("./trend-chart").then((m) => m.TrendChart),
  <ChartPlaceholder />,
);

function ChartPlaceholder() {
  return (
    <div className="flex flex-col gap-4" aria-busy="true">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="h-14 w-60" />
        <div className="h-8 w-32" />
      </div>
      <p className="flex aspect-[760/280] w-full items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">
        Loading the chart…
      </p>
    </div>
  );
}

export function LazyTrendChart(props: TrendChartProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [isWanted, setIsWanted] = useState(false);

  useEffect(() => {
    const element = anchor.current;
    if (!element || isWanted) return;
    const want = () => setIsWanted(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) want();
      },
      { rootMargin: "150px 0px" },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", want);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", want);
    };
  }, [isWanted]);

  return <div ref={anchor}>{isWanted ? <TrendChart {...props} /> : <ChartPlaceholder />}</div>;
}
