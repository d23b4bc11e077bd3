/**
 * Calendar-date handling of the timeline. These cases run three times: on their own (the machine's
 * zone), and imported by timelineTz.la.test.ts and timelineTz.auckland.test.ts after those set
 * process.env.TZ, so a date shifted by local time would fail in one of them.
 */
import { describe, expect, test } from 'vitest';
import { calendarDateToUtc } from '../../src/model/calendar';
import {
  daysBetween,
  endOfMonth,
  eventSpan,
  formatEventDate,
  formatEventDateShort,
  formatMonth,
  startOfWeek,
} from '../../src/model/timelineDates';
import { rangePresets } from '../../src/model/timelinePresets';
import { axisTicks, createTimeScale, dateAtX, dayX, pxPerDay } from '../../src/model/timelineScale';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const len6 = (s: string) => s.length * 6;

describe(`timeline dates in ${zone}`, () => {
  test('spans follow the precision: a day, the 7 days of a week, the whole month, or endDate', () => {
    expect(eventSpan({ date: '2025-09-04', datePrecision: 'day' })).toEqual({
      start: '2025-09-04',
      end: '2025-09-04',
    });
    expect(eventSpan({ date: '2025-10-20', datePrecision: 'week' })).toEqual({
      start: '2025-10-20',
      end: '2025-10-26',
    });
    expect(eventSpan({ date: '2025-11-01', datePrecision: 'month' })).toEqual({
      start: '2025-11-01',
      end: '2025-11-30',
    });
    expect(eventSpan({ date: '2024-02-10', datePrecision: 'month' })).toEqual({
      start: '2024-02-10',
      end: '2024-02-29',
    });
    expect(eventSpan({ date: '2025-09-09', datePrecision: 'day', endDate: '2025-09-10' }).end).toBe(
      '2025-09-10',
    );
    // A reversed endDate never makes a negative span.
    expect(eventSpan({ date: '2025-09-09', datePrecision: 'day', endDate: '2025-09-01' }).end).toBe(
      '2025-09-09',
    );
  });

  test('4 September is written as 4 September, at every precision', () => {
    expect(formatEventDate({ date: '2025-09-04', datePrecision: 'day' })).toBe('4 September 2025');
    expect(formatEventDate({ date: '2025-10-20', datePrecision: 'week', endDate: '2025-10-26' })).toBe(
      'week of 20 October 2025',
    );
    expect(formatEventDate({ date: '2025-11-01', datePrecision: 'month', endDate: '2025-11-30' })).toBe(
      'November 2025',
    );
    expect(formatEventDate({ date: '2025-11-01', datePrecision: 'month', endDate: '2025-12-31' })).toBe(
      'November – December 2025',
    );
    expect(formatEventDate({ date: '2025-09-09', datePrecision: 'day', endDate: '2025-09-10' })).toBe(
      '9–10 September 2025',
    );
    expect(formatEventDate({ date: '2025-07-29', datePrecision: 'day', endDate: '2025-08-08' })).toBe(
      '29 July – 8 August 2025',
    );
    expect(formatEventDate({ date: '2025-12-30', datePrecision: 'day', endDate: '2026-01-02' })).toBe(
      '30 December 2025 – 2 January 2026',
    );
    expect(formatEventDateShort({ date: '2025-09-04', datePrecision: 'day' })).toBe('4 Sep');
    expect(formatEventDateShort({ date: '2025-03-27', datePrecision: 'day' }, true)).toBe('27 Mar 2025');
    expect(formatEventDateShort({ date: '2025-10-20', datePrecision: 'week' })).toBe('wk of 20 Oct');
    expect(formatEventDateShort({ date: '2025-03-01', datePrecision: 'month' })).toBe('Mar 2025');
    expect(formatMonth('2025-09-30')).toBe('September 2025');
  });

  test('weeks start on Monday and months end on their last day, across year ends', () => {
    expect(startOfWeek('2025-09-04')).toBe('2025-09-01');
    expect(startOfWeek('2025-09-07')).toBe('2025-09-01');
    expect(startOfWeek('2025-09-01')).toBe('2025-09-01');
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29');
    expect(endOfMonth('2025-02-14')).toBe('2025-02-28');
    expect(daysBetween('2025-08-15', '2025-09-04')).toBe(20);
    // Across the end of daylight saving time in both hemispheres (Oct/Nov), still whole days.
    expect(daysBetween('2025-10-01', '2025-11-30')).toBe(60);
  });

  test('the scale puts each calendar day at the same pixels in every zone', () => {
    const scale = createTimeScale({ from: '2025-09-01', to: '2025-09-10' }, 0, 1000);
    expect(pxPerDay(scale)).toBe(100);
    expect(dayX(scale, '2025-09-04')).toBe(300);
    expect(dayX(scale, '2025-09-11')).toBe(1000);
    expect(dateAtX(scale, 300)).toBe('2025-09-04');
    expect(dateAtX(scale, 399.9)).toBe('2025-09-04');
    expect(dateAtX(scale, 299.9)).toBe('2025-09-03');
    expect(scale.invert(300).getTime()).toBe(calendarDateToUtc('2025-09-04'));
  });

  test('axis ticks fall on UTC month starts and Mondays, labelled by calendar date', () => {
    const scale = createTimeScale({ from: '2025-08-01', to: '2025-10-31' }, 0, 920);
    const { months, days } = axisTicks(scale, len6, 12);
    expect(months.map((m) => [m.date, m.x0, m.x1, m.label])).toEqual([
      ['2025-08-01', 0, 310, 'August 2025'],
      ['2025-09-01', 310, 610, 'September 2025'],
      ['2025-10-01', 610, 920, 'October 2025'],
    ]);
    expect(days.slice(0, 3)).toEqual([
      { date: '2025-08-04', x: 30, label: '4', labelX: 33, anchor: 'start' },
      { date: '2025-08-11', x: 100, label: '11', labelX: 103, anchor: 'start' },
      { date: '2025-08-18', x: 170, label: '18', labelX: 173, anchor: 'start' },
    ]);
    // A week at 140 px a day: every day, named and centred.
    const week = createTimeScale({ from: '2025-09-01', to: '2025-09-07' }, 0, 980);
    expect(axisTicks(week, len6, 12).days.slice(3, 4)).toEqual([
      { date: '2025-09-04', x: 420, label: 'Thu 4', labelX: 490, anchor: 'middle' },
    ]);
    expect(days.find((d) => d.date === '2025-09-01')?.x).toBe(310);
    // Narrow: every month in its short form, not "August, Sep, October" as each one's width allowed;
    // a sliver of a month at the edge, too narrow for any form, stays unlabelled.
    const narrow = createTimeScale({ from: '2025-08-30', to: '2025-11-30' }, 0, 190);
    expect(axisTicks(narrow, len6, 12).months.map((m) => m.label)).toEqual([null, 'Sep', 'Oct', 'Nov']);
  });

  test('presets are calendar ranges around the summit date', () => {
    expect(rangePresets('2025-09-04').map((p) => [p.id, p.label, p.from, p.to])).toEqual([
      ['all', 'All', null, null],
      ['lead-up', 'Aug 2025', '2025-08-01', '2025-08-31'],
      ['summit-week', 'Summit week', '2025-09-01', '2025-09-07'],
      ['autumn', 'Autumn 2025', '2025-09-01', '2025-11-30'],
    ]);
    expect(rangePresets('2026-01-15')[1]).toMatchObject({
      label: 'Dec 2025',
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });
});
