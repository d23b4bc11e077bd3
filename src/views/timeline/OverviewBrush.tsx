import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { addDays } from '../../model/calendar';
import { daysBetween, formatDayRange } from '../../model/timelineDates';
import {
  axisTicks,
  brushRange,
  clampRange,
  createTimeScale,
  dateAtX,
  dayX,
  rangeAround,
  pxPerDay,
  rangeDays,
  viewDomain,
  normalizeRange,
  type DateRange,
  type OpenRange,
} from '../../model/timelineScale';
import type { MeasureText } from '../../model/timelineText';
import { useAppStore } from '../../state/hooks';

interface OverviewBrushProps {
  extent: DateRange;
  domain: DateRange;
  density: ReadonlyMap<string, number>;
  width: number;
  remPx: number;
  measure: MeasureText;
  summitDate: string;
}

type Drag = { mode: 'new' | 'move'; startX: number; x: number };

/**
 * The whole period in a strip, with the shown range as a window: drag across the strip to choose a
 * range, drag the window to move it, click to centre it. Buttons beside it do the same by keyboard.
 */
export function OverviewBrush({
  extent,
  domain,
  density,
  width,
  remPx,
  measure,
  summitDate,
}: OverviewBrushProps) {
  const update = useAppStore((s) => s.update);
  const [drag, setDrag] = useState<Drag | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const height = Math.round(remPx * 3);
  const pad = Math.round(remPx * 0.5);
  const scale = useMemo(() => createTimeScale(extent, pad, width - pad), [extent, pad, width]);
  const months = useMemo(() => axisTicks(scale, measure, remPx * 0.75).months, [scale, measure, remPx]);
  const bars = useMemo(() => {
    const max = Math.max(1, ...density.values());
    return [...density].map(([date, n]) => ({ date, x: dayX(scale, date), h: Math.sqrt(n / max) }));
  }, [density, scale]);

  const localX = (e: PointerEvent) => e.clientX - (svgRef.current?.getBoundingClientRect().left ?? 0);
  const resolve = (d: Drag): OpenRange => {
    if (d.mode === 'move') {
      const shift = daysBetween(dateAtX(scale, d.startX), dateAtX(scale, d.x));
      const moved = { from: addDays(domain.from, shift), to: addDays(domain.to, shift) };
      return normalizeRange(clampRange(moved, extent), extent);
    }
    if (Math.abs(d.x - d.startX) < 4) {
      return normalizeRange(rangeAround(dateAtX(scale, d.x), rangeDays(domain), extent), extent);
    }
    return brushRange(scale, d.startX, d.x, extent);
  };
  const shown = drag ? viewDomain(resolve(drag), extent) : domain;
  const wx0 = dayX(scale, shown.from);
  const wx1 = dayX(scale, addDays(shown.to, 1));
  const barTop = height * 0.45;
  const perDay = pxPerDay(scale);
  const summitX = dayX(scale, summitDate);

  return (
    <svg
      ref={svgRef}
      className={drag ? 'tl-overview is-dragging' : 'tl-overview'}
      width={width}
      height={height}
      // 1:1 on screen; scaled down on paper (see the handout's print styles).
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Overview of all dates. Shown: ${formatDayRange(shown.from, shown.to)}. Drag to choose dates.`}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const x = localX(e);
        setDrag({
          mode:
            x >= wx0 && x <= wx1 && (domain.from !== extent.from || domain.to !== extent.to) ? 'move' : 'new',
          startX: x,
          x,
        });
      }}
      onPointerMove={(e) => {
        if (drag) setDrag({ ...drag, x: localX(e) });
      }}
      onPointerUp={(e) => {
        if (!drag) return;
        const r = resolve({ ...drag, x: localX(e) });
        setDrag(null);
        update({ from: r.from, to: r.to });
      }}
      onPointerCancel={() => setDrag(null)}
    >
      <rect
        className="tl-overview__bg"
        x={pad}
        y={0}
        width={Math.max(0, width - 2 * pad)}
        height={height}
        rx={4}
      />
      {months.map((m) => (
        <g key={m.date}>
          <line className="tl-overview__tick" x1={m.x0} x2={m.x0} y1={0} y2={height} />
          {m.label && (
            <text className="tl-overview__label" x={m.x0 + 4} y={remPx * 0.95}>
              {m.label}
            </text>
          )}
        </g>
      ))}
      {bars.map((b) => (
        <rect
          key={b.date}
          className="tl-overview__bar"
          x={b.x}
          y={height - 3 - b.h * (height - barTop - 3)}
          width={Math.max(1.5, perDay - 0.5)}
          height={b.h * (height - barTop - 3)}
        />
      ))}
      <line className="tl-overview__summit" x1={summitX} x2={summitX} y1={barTop - 4} y2={height} />
      <rect className="tl-overview__shade" x={pad} y={0} width={Math.max(0, wx0 - pad)} height={height} />
      <rect
        className="tl-overview__shade"
        x={wx1}
        y={0}
        width={Math.max(0, width - pad - wx1)}
        height={height}
      />
      <rect
        className="tl-overview__window"
        x={wx0}
        y={1}
        width={Math.max(2, wx1 - wx0)}
        height={height - 2}
        rx={3}
      />
    </svg>
  );
}
