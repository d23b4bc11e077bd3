import { useDeferredValue, useMemo, useRef } from 'react';
import type { SummitEvent } from '../../data/schema';
import { calloutFor } from '../../model/timelineCallout';
import { relatedEventIds } from '../../model/timelineDetail';
import { layoutTimeline } from '../../model/timelineLayout';
import type { DateRange } from '../../model/timelineScale';
import type { MeasureText } from '../../model/timelineText';
import { useAppStore, useSummit } from '../../state/hooks';
import { TimelineAxis } from './TimelineAxis';
import { TimelineMark } from './TimelineMark';
import { useKeptMarks } from './useKeptMarks';
import { useMarkInteraction } from './useMarkInteraction';

/** Narrower than this, the chart scrolls sideways inside its own box. */
const MIN_CHART_WIDTH = 600;

interface TimelineChartProps {
  events: readonly SummitEvent[];
  categories: readonly string[];
  domain: DateRange;
  extent: DateRange;
  width: number;
  fontPx: number;
  measure: MeasureText;
  summitDate: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  describedBy: string;
}

/** The SVG timeline: one tab stop for all marks, ←/→ and Home/End move, Enter or click selects. */
export function TimelineChart(props: TimelineChartProps) {
  const { events, categories, domain, extent, width, fontPx, measure, summitDate, selected, onSelect } =
    props;
  const hoveredEntity = useAppStore((s) => s.hoveredEntity);
  const hoveredPerson = useAppStore((s) => s.hoveredPerson);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Brushing re-lays out on every pointer move, so it may lag a frame behind the brush. Filters do not
  // wait: the timeline changes in the same frame as the map and the matrix.
  const deferredDomain = useDeferredValue(domain);
  const layout = useMemo(
    () =>
      layoutTimeline({
        events,
        categories,
        domain: deferredDomain,
        extent,
        summitDate,
        width: Math.max(MIN_CHART_WIDTH, width),
        fontPx,
        measure,
      }),
    [events, categories, deferredDomain, extent, summitDate, width, fontPx, measure],
  );
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e] as const)), [events]);

  const related = useMemo(
    () => relatedEventIds(events, hoveredEntity, hoveredPerson),
    [events, hoveredEntity, hoveredPerson],
  );
  const { tabbable, hoveringHere, handlers } = useMarkInteraction({
    order: layout.order,
    byId,
    selected,
    onSelect,
    scrollRef,
  });
  const hoverFromElsewhere = !hoveringHere && (hoveredEntity !== null || hoveredPerson !== null);
  const drawn = useKeptMarks(layout.marks, byId, useSummit());
  const chosen = drawn.find((d) => d.shown && d.mark.id === selected);
  const callout = chosen
    ? calloutFor(
        chosen.mark,
        chosen.event.title,
        layout.width,
        layout.rowHeight,
        measure,
        drawn
          .filter((d) => d.shown && d.mark.y === chosen.mark.y && d.mark.id !== chosen.mark.id)
          .map((d) => [d.mark.hitX0, d.mark.hitX1] as const),
      )
    : null;

  return (
    <div className="tl-scroll" ref={scrollRef}>
      <svg
        className="tl-chart"
        width={layout.width}
        height={layout.height}
        // Drawn 1:1 on screen; on paper, narrower than the screen it was laid out on, it scales down.
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={`Timeline chart, ${layout.order.length} events`}
        aria-describedby={props.describedBy}
        {...handlers}
      >
        <TimelineAxis layout={layout} summitDate={summitDate} />
        <g className="tl-marks">
          {drawn.map(({ mark, event, shown }) => {
            const isRelated = shown && related.has(mark.id);
            return (
              <TimelineMark
                key={mark.id}
                mark={mark}
                event={event}
                rowHeight={layout.rowHeight}
                radius={layout.radius}
                barHeight={layout.barHeight}
                hidden={!shown}
                selected={mark.id === selected}
                calledOut={callout !== null && mark.id === selected}
                tabbable={mark.id === tabbable}
                related={isRelated}
                dimmed={hoverFromElsewhere && !isRelated}
              />
            );
          })}
        </g>
        {callout && (
          // The chosen mark's name already is in its accessible name and its detail.
          <g aria-hidden="true" pointerEvents="none">
            <rect
              x={callout.x}
              y={callout.y}
              width={callout.width}
              height={callout.height}
              rx={4}
              style={{ fill: 'var(--surface-2)', stroke: 'var(--accent)' }}
            />
            <text className="tl-mark__label" x={callout.textX} y={callout.textY} dy="0.35em">
              {callout.text}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
