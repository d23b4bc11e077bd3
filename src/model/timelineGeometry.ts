/**
 * Where one event goes: its shape by precision, its extent on the time scale (clamped to the plot),
 * its pointer target, and the summit-day band.
 */
import type { SummitEvent } from '../data/schema';
import { addDays } from './calendar';
import { eventSpan } from './timelineDates';
import type { Column, MarkLayout, MarkShape } from './timelineLayout';
import { dayX, pxPerDay, type DateRange, type TimeScale } from './timelineScale';

export type Geometry = Pick<MarkLayout, 'shape' | 'x0' | 'x1' | 'clipStart' | 'clipEnd'>;

export function shapeOf(event: SummitEvent): MarkShape {
  if (event.datePrecision !== 'day') return 'approx';
  const { start, end } = eventSpan(event);
  return start === end ? 'dot' : 'span';
}

/** Where an event's mark goes on the time scale, clamped to the plot. */
export function placeOnScale(
  event: SummitEvent,
  scale: TimeScale,
  plot: Column,
  m: { radius: number },
): Geometry {
  const { start, end } = eventSpan(event);
  const shape = shapeOf(event);
  if (shape === 'dot') {
    const cx = dayX(scale, start) + pxPerDay(scale) / 2;
    return { shape, x0: cx - m.radius, x1: cx + m.radius, clipStart: false, clipEnd: false };
  }
  const rawA = dayX(scale, start);
  const rawB = dayX(scale, addDays(end, 1));
  let a = Math.max(plot.x0, rawA);
  let b = Math.min(plot.x1, rawB);
  if (b - a < 2 * m.radius) {
    const c = (a + b) / 2;
    a = c - m.radius;
    b = c + m.radius;
  }
  return { shape, x0: a, x1: b, clipStart: rawA < plot.x0, clipEnd: rawB > plot.x1 };
}

export function hitArea(a: number, b: number, minHit: number): [number, number] {
  if (b - a + 4 >= minHit) return [a - 2, b + 2];
  const c = (a + b) / 2;
  return [c - minHit / 2, c + minHit / 2];
}

export function summitBand(s: TimeScale, date: string, domain: DateRange): Column | null {
  if (date < domain.from || date > domain.to) return null;
  const a = dayX(s, date);
  const b = dayX(s, addDays(date, 1));
  if (b - a >= 3) return { x0: a, x1: b };
  const c = (a + b) / 2;
  return { x0: c - 1.5, x1: c + 1.5 };
}
