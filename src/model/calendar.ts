/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings. Dates are turned into UTC instants only for
 * maths, and formatted in UTC, so a date never shifts by a day in a browser west or east of Greenwich.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parseCalendarDate(value: string): { year: number; month: number; day: number } {
  const [y, m, d] = value.split('-').map(Number);
  return { year: y ?? 1970, month: m ?? 1, day: d ?? 1 };
}

/** Milliseconds at UTC midnight of a calendar date. */
export function calendarDateToUtc(value: string): number {
  const { year, month, day } = parseCalendarDate(value);
  return Date.UTC(year, month - 1, day);
}

export function utcToCalendarDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "4 September 2025" */
export function formatCalendarDate(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

export function addDays(value: string, days: number): string {
  return utcToCalendarDate(calendarDateToUtc(value) + days * 86_400_000);
}
