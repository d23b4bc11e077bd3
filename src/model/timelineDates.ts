/**
 * Calendar-date helpers for the timeline: event spans by precision, and the human wording of a date
 * at its precision ("week of 20 October 2025", "November 2025"). Everything works on "YYYY-MM-DD"
 * strings and UTC milliseconds, so no result depends on the browser's time zone.
 */
import type { SummitEvent } from '../data/schema';
import { addDays, calendarDateToUtc, formatCalendarDate, monthName, parseCalendarDate } from './calendar';

export const DAY_MS = 86_400_000;

export interface DateSpan {
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function startOfMonth(date: string): string {
  const { year, month } = parseCalendarDate(date);
  return `${year}-${pad(month)}-01`;
}

export function endOfMonth(date: string): string {
  const { year, month } = parseCalendarDate(date);
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** Monday of the ISO week containing `date`. */
export function startOfWeek(date: string): string {
  const weekday = new Date(calendarDateToUtc(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Whole days from `a` to `b` (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((calendarDateToUtc(b) - calendarDateToUtc(a)) / DAY_MS);
}

/** "2025-09" */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** "September 2025" */
export function formatMonth(date: string): string {
  const { year, month } = parseCalendarDate(date);
  return `${monthName(month)} ${year}`;
}

/** "4 Sep" */
export function formatShortDate(date: string): string {
  const { month, day } = parseCalendarDate(date);
  return `${day} ${monthName(month).slice(0, 3)}`;
}

/**
 * The days an event covers, honestly: an explicit endDate wins; otherwise a week-precise event
 * covers its 7 days and a month-precise one its whole month.
 */
export function eventSpan(event: Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate'>): DateSpan {
  const start = event.date;
  let end: string;
  if (event.endDate !== undefined) end = event.endDate;
  else if (event.datePrecision === 'week') end = addDays(start, 6);
  else if (event.datePrecision === 'month') end = endOfMonth(start);
  else end = start;
  return { start, end: end < start ? start : end };
}

function sameMonth(a: string, b: string): boolean {
  return monthKey(a) === monthKey(b);
}

/** "4–6 September 2025", "30 September – 2 October 2025", "30 December 2025 – 2 January 2026". */
export function formatDayRange(start: string, end: string): string {
  if (start === end) return formatCalendarDate(start);
  const s = parseCalendarDate(start);
  const e = parseCalendarDate(end);
  if (sameMonth(start, end)) return `${s.day}–${e.day} ${monthName(e.month)} ${e.year}`;
  if (s.year === e.year) return `${s.day} ${monthName(s.month)} – ${formatCalendarDate(end)}`;
  return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}

/** The date as precisely as the dataset knows it. */
export function formatEventDate(event: Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate'>): string {
  const { start, end } = eventSpan(event);
  if (event.datePrecision === 'month') {
    if (sameMonth(start, end)) return formatMonth(start);
    const s = parseCalendarDate(start);
    const e = parseCalendarDate(end);
    return s.year === e.year
      ? `${monthName(s.month)} – ${formatMonth(end)}`
      : `${formatMonth(start)} – ${formatMonth(end)}`;
  }
  if (event.datePrecision === 'week') return `week of ${formatCalendarDate(start)}`;
  return formatDayRange(start, end);
}

/**
 * One end of a run of events, as precisely as that event is known: "March 2025" for a month-precise
 * first event (not "1 March 2025"), "the week of 13 October 2025", else its first or last day.
 */
export function formatEventBound(
  event: Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate'>,
  end: 'start' | 'end',
): string {
  const span = eventSpan(event);
  if (event.datePrecision === 'month') return formatMonth(span[end]);
  if (event.datePrecision === 'week' && event.endDate === undefined)
    return `the week of ${formatCalendarDate(span.start)}`;
  return formatCalendarDate(span[end]);
}

/** Compact form for list rows and small labels: "4 Sep", "4–6 Sep", "wk of 20 Oct", "Nov 2025". */
export function formatEventDateShort(
  event: Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate'>,
  withYear = false,
): string {
  const { start, end } = eventSpan(event);
  if (event.datePrecision === 'month') {
    const { year, month } = parseCalendarDate(start);
    return `${monthName(month).slice(0, 3)} ${year}`;
  }
  const year = withYear ? ` ${parseCalendarDate(end).year}` : '';
  if (event.datePrecision === 'week') return `wk of ${formatShortDate(start)}${year}`;
  if (start === end) return `${formatShortDate(start)}${year}`;
  if (sameMonth(start, end)) return `${parseCalendarDate(start).day}–${formatShortDate(end)}${year}`;
  return `${formatShortDate(start)} – ${formatShortDate(end)}${year}`;
}
