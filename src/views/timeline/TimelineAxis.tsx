import { memo } from 'react';
import { formatShortDate } from '../../model/timelineDates';
import type { Column, TimelineLayout } from '../../model/timelineLayout';
import { categoryStyle } from './categoryColors';

interface SideColumnProps {
  column: Column;
  /** Where the axis-break glyph starts. */
  x: number;
  title: string;
  note: string;
  layout: TimelineLayout;
}

/** A column of context rows beyond an axis break: greyed, headed, and off the time scale. */
function SideColumn({ column, x, title, note, layout }: SideColumnProps) {
  const { plot, fontPx } = layout;
  return (
    <g className="tl-background">
      <rect
        className="tl-background__area"
        x={column.x0}
        y={plot.y0}
        width={column.x1 - column.x0}
        height={plot.y1 - plot.y0}
      />
      <text className="tl-axis__month" x={column.x0 + 4} y={Math.round(fontPx * 1.3)}>
        {title}
      </text>
      <text className="tl-axis__day" x={column.x0 + 4} y={Math.round(fontPx * 2.75)}>
        {note}
      </text>
      <path className="tl-axis__break" d={`M${x},${plot.y0 + 6} l6,-12 M${x + 6},${plot.y0 + 6} l6,-12`} />
    </g>
  );
}

interface TimelineAxisProps {
  layout: TimelineLayout;
  summitDate: string;
}

/** Everything in the chart that is not an event: lanes, month and day ticks, the summit band, the axis break. */
export const TimelineAxis = memo(function TimelineAxis({ layout, summitDate }: TimelineAxisProps) {
  const { plot, fontPx, before, after, summitBand, ticks, lanes, width } = layout;
  const row1 = Math.round(fontPx * 1.3);
  const row2 = Math.round(fontPx * 2.75);
  return (
    <g className="tl-axis" aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane.category}>
          <rect
            className={i % 2 === 0 ? 'tl-lane tl-lane--even' : 'tl-lane'}
            x={0}
            y={lane.y}
            width={width}
            height={lane.height}
          />
          <rect
            className="tl-lane__swatch"
            style={categoryStyle(lane.category)}
            x={2}
            y={lane.y + 4}
            width={4}
            height={lane.height - 8}
            rx={2}
          />
          <text
            className="tl-lane__label"
            x={fontPx * 0.9}
            y={lane.y + fontPx / 3 + layout.rowHeight / 2}
            dy="0.35em"
          >
            {lane.label}
          </text>
        </g>
      ))}
      {before && (
        <SideColumn
          column={before}
          x={before.x1 + 3}
          title="Background"
          note="earlier context"
          layout={layout}
        />
      )}
      {after && (
        <SideColumn column={after} x={plot.x1 + 3} title="Afterwards" note="later context" layout={layout} />
      )}
      {ticks.months.map((m) => (
        <g key={m.date}>
          {m.x0 > plot.x0 + 0.5 && (
            <line className="tl-axis__month-line" x1={m.x0} x2={m.x0} y1={fontPx * 0.3} y2={plot.y1} />
          )}
          {m.label && (
            <text className="tl-axis__month" x={m.x0 + fontPx * 0.4} y={row1}>
              {m.label}
            </text>
          )}
        </g>
      ))}
      {ticks.days.map((d) => (
        <g key={d.date}>
          <line className="tl-axis__grid" x1={d.x} x2={d.x} y1={plot.y0} y2={plot.y1} />
          <line className="tl-axis__tick" x1={d.x} x2={d.x} y1={plot.y0 - 5} y2={plot.y0} />
          <text className="tl-axis__day" x={d.labelX} y={row2} textAnchor={d.anchor}>
            {d.label}
          </text>
        </g>
      ))}
      <line className="tl-axis__line" x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} />
      {summitBand && (
        <g className="tl-summit">
          <rect
            className="tl-summit__band"
            x={summitBand.x0}
            y={plot.y0}
            width={summitBand.x1 - summitBand.x0}
            height={plot.y1 - plot.y0}
          />
          <path
            className="tl-summit__marker"
            d={`M${(summitBand.x0 + summitBand.x1) / 2 - 5},${plot.y0 - 8} h10 l-5,8 z`}
          />
          <text
            className="tl-summit__label"
            x={(summitBand.x0 + summitBand.x1) / 2}
            y={plot.y1 + fontPx * 1.25}
            textAnchor="middle"
          >
            ▲ Summit day, {formatShortDate(summitDate)}
          </text>
        </g>
      )}
    </g>
  );
});
