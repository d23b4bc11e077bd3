import { isCalendarDate } from '../../src/data/calendarDate';
import { addDays, calendarDateToUtc, formatCalendarDate, utcToCalendarDate } from '../../src/model/calendar';

describe('calendar dates', () => {
  it.each([
    ['2025-09-04', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-9-4', false],
  ])('%s is a calendar date: %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it('formats without a time zone shift', () => {
    expect(formatCalendarDate('2025-09-04')).toBe('4 September 2025');
    expect(utcToCalendarDate(calendarDateToUtc('2025-09-04'))).toBe('2025-09-04');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-08-31', 1)).toBe('2025-09-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
