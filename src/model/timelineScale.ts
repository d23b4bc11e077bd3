/**
 * The time axis: a d3 UTC scale over whole calendar days, axis ticks, and the range maths behind
 * zoom, pan and the brush. Pure functions; a date range is inclusive "YYYY-MM-DD" on both ends and
 * a day occupies [scale(day), scale(day + 1)).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import type { SummitEvent } from '../data/schema';
import { addDays, calendarDateToUtc, monthName, utcToCalendarDate } from './calendar';
import { DAY_MS, daysBetween, eventSpan } from './timelineDates';
import type { MeasureText } from './timelineText';

export interface DateRange {
  from: string;
  to: string;
}

/** A range as stored: null ends are open (the whole dataset). */
export interface OpenRange {
  from: string | null;
  to: string | null;
}

export type TimeScale = ScaleTime<number, number>;

export function createTimeScale(domain: DateRange, left: number, right: number): TimeScale {
  const start = calendarDateToUtc(domain.from);
  const end = calendarDateToUtc(domain.to) + DAY_MS;
  return scaleUtc<number>().domain([start, end]).range([left, right]);
}

/** x of the start of a calendar day. */
export function dayX(scale: TimeScale, date: string): number {
  return scale(calendarDateToUtc(date));
}

export function pxPerDay(scale: TimeScale): number {
  const [a, b] = scale.domain() as [Date, Date];
  const [left, right] = scale.range() as [number, number];
  return (right - left) / ((b.getTime() - a.getTime()) / DAY_MS);
}

/** The calendar day under x. */
export function dateAtX(scale: TimeScale, x: number): string {
  return utcToCalendarDate(utcDay.floor(scale.invert(x)).getTime());
}

/** Inclusive number of days in a range. */
export function rangeDays(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/** First to last day of the non-background events, always including the summit day. */
export function dataExtent(
  events: readonly Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate' | 'context'>[],
  summitDate: string,
): DateRange {
  let from = summitDate;
  let to = summitDate;
  for (const event of events) {
    if (event.context === true) continue;
    const span = eventSpan(event);
    if (span.start < from) from = span.start;
    if (span.end > to) to = span.end;
  }
  return { from, to };
}

/**
 * The range on screen: the stored range with open ends filled from the extent. A link may carry any
 * date: an end past the data shows no more than the data, and an open end is never filled past the
 * set one (`to` before the first event shows the days up to `to`, not the first events after it).
 */
export function viewDomain(range: OpenRange, extent: DateRange): DateRange {
  let from = range.from ?? extent.from;
  let to = range.to ?? extent.to;
  if (from < extent.from && to >= extent.from) from = extent.from;
  if (to > extent.to && from <= extent.to) to = extent.to;
  if (from <= to) return { from, to };
  if (range.from === null) return { from: addDays(to, 1 - MIN_RANGE_DAYS), to };
  if (range.to === null) return { from, to: addDays(from, MIN_RANGE_DAYS - 1) };
  return { from: to, to: from };
}

/** What to store for a range: open (null) ends where it reaches or passes the extent. */
export function normalizeRange(range: DateRange, extent: DateRange): OpenRange {
  const from = range.from <= extent.from ? null : range.from;
  const to = range.to >= extent.to ? null : range.to;
  return { from, to };
}

/** Slides a range to lie inside the extent, keeping its length where it can. */
export function clampRange(range: DateRange, extent: DateRange): DateRange {
  const days = Math.min(rangeDays(range), rangeDays(extent));
  if (range.from < extent.from) return { from: extent.from, to: addDays(extent.from, days - 1) };
  if (range.to > extent.to) return { from: addDays(extent.to, -(days - 1)), to: extent.to };
  return range;
}

/** A range of `days` days centred on `center`, kept inside the extent. */
export function rangeAround(center: string, days: number, extent: DateRange): DateRange {
  const from = addDays(center, -Math.floor((days - 1) / 2));
  return clampRange({ from, to: addDays(from, days - 1) }, extent);
}

export const MIN_RANGE_DAYS = 3;

/** Zoom by `factor` (0.5 = in, 2 = out) about the range's middle or `anchor`. */
export function zoomRange(current: DateRange, extent: DateRange, factor: number, anchor?: string): OpenRange {
  const days = rangeDays(current);
  const target = Math.max(MIN_RANGE_DAYS, Math.min(rangeDays(extent), Math.round(days * factor)));
  const center = anchor ?? addDays(current.from, Math.floor((days - 1) / 2));
  return normalizeRange(rangeAround(center, target, extent), extent);
}

/** Move the range by half its length, earlier (−1) or later (+1). */
export function panRange(current: DateRange, extent: DateRange, direction: -1 | 1): OpenRange {
  const days = rangeDays(current);
  const shift = Math.max(1, Math.floor(days / 2)) * direction;
  const moved = { from: addDays(current.from, shift), to: addDays(current.to, shift) };
  return normalizeRange(clampRange(moved, extent), extent);
}

/** The days between two pointer positions on an overview scale, in either order, at least one day. */
export function brushRange(scale: TimeScale, xa: number, xb: number, extent: DateRange): OpenRange {
  const [left, right] = scale.range() as [number, number];
  const clampX = (x: number) => Math.min(right - 0.001, Math.max(left, x));
  const a = dateAtX(scale, clampX(Math.min(xa, xb)));
  const b = dateAtX(scale, clampX(Math.max(xa, xb)));
  return normalizeRange(clampRange({ from: a, to: b }, extent), extent);
}

export interface MonthTick {
  date: string;
  x0: number;
  x1: number;
  label: string | null;
}

export interface DayTick {
  date: string;
  /** Where the tick line is: the start of the day. */
  x: number;
  label: string;
  /** Daily labels sit in the middle of their day; weekly ones just after the tick. */
  labelX: number;
  anchor: 'start' | 'middle';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Month bands (labelled as long as fits) and day or week ticks dense enough to read. */
export function axisTicks(
  scale: TimeScale,
  measure: MeasureText,
  fontPx: number,
): { months: MonthTick[]; days: DayTick[] } {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [left, right] = scale.range() as [number, number];
  const pad = fontPx * 0.4;
  const bands = utcMonth.range(utcMonth.floor(d0), d1).map((m) => {
    const name = monthName(m.getUTCMonth() + 1);
    return {
      m,
      x0: Math.max(left, scale(m)),
      x1: Math.min(right, scale(utcMonth.offset(m, 1))),
      forms: [`${name} ${m.getUTCFullYear()}`, name, name.slice(0, 3)],
    };
  });
  const fits = (text: string | undefined, b: (typeof bands)[number]) =>
    text !== undefined && measure(text) <= b.x1 - b.x0 - 2 * pad;
  // One form for every month, the longest they all take, so the axis never reads "October, Nov"; a
  // month too narrow for any form (a sliver at an edge) is left unlabelled and does not decide.
  const form = [0, 1, 2].find((i) => bands.every((b) => fits(b.forms[i], b) || !fits(b.forms[2], b))) ?? 2;
  const months = bands.map((b): MonthTick => ({
    date: utcToCalendarDate(b.m.getTime()),
    x0: b.x0,
    x1: b.x1,
    label: fits(b.forms[form], b) ? (b.forms[form] ?? null) : null,
  }));
  const perDay = pxPerDay(scale);
  const minGap = fontPx * 3;
  let interval: TimeInterval | null = null;
  if (perDay >= minGap) interval = utcDay;
  else if (perDay * 7 >= minGap) interval = utcMonday;
  else if (perDay * 14 >= minGap) interval = utcMonday.every(2);
  const withWeekday = perDay >= fontPx * 4.5;
  const daily = interval === utcDay;
  const days = (interval ? interval.range(d0, d1) : []).map((d): DayTick => {
    const day = String(d.getUTCDate());
    const x = scale(d);
    return {
      date: utcToCalendarDate(d.getTime()),
      x,
      label: withWeekday ? `${WEEKDAYS[d.getUTCDay()] ?? ''} ${day}` : day,
      labelX: daily ? x + perDay / 2 : x + 3,
      anchor: daily ? 'middle' : 'start',
    };
  });
  return { months, days };
}
