/**
 * The score axis both line charts share: a dashed grid line at each tick (solid at zero), its
 * value at the left. `y` maps a score to its position in the chart's SVG units.
 */
export function ScoreGrid({
  ticks,
  y,
  left,
  right,
}: {
  ticks: readonly number[];
  y: (score: number) => number;
  /** Where the plot area starts and ends, in the chart's SVG units. */
  left: number;
  right: number;
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line
        x1={left}
        x2={right}
        y1={y(tick)}
        y2={y(tick)}
        className="stroke-border"
        strokeDasharray={tick === 0 ? undefined : "3 4"}
      />
      <text
        x={left - 8}
        y={y(tick)}
        dy="0.32em"
        textAnchor="end"
        className="fill-current text-[11px] tabular-nums"
      >
        {tick}
      </text>
    </g>
  ));
}
