/**
 * Range presets, derived from the summit date so another summit's file gets sensible ones: the
 * month before the summit, the summit's Monday-to-Sunday week, the autumn (September–November) of
 * the summit year, and everything.
 */
import { addDays, monthName, parseCalendarDate } from './calendar';
import { endOfMonth, startOfWeek } from './timelineDates';
import type { OpenRange } from './timelineScale';

export interface RangePreset extends OpenRange {
  id: 'all' | 'lead-up' | 'summit-week' | 'autumn';
  label: string;
  /** Longer wording for assistive technology and tooltips. */
  description: string;
}

export function rangePresets(summitDate: string): RangePreset[] {
  const { year, month } = parseCalendarDate(summitDate);
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  const leadFrom = `${prevYear}-${String(prevMonth).padStart(2, '0')}-01`;
  const weekFrom = startOfWeek(summitDate);
  const shortMonth = monthName(prevMonth).slice(0, 3);
  return [
    { id: 'all', label: 'All', description: 'All dates', from: null, to: null },
    {
      id: 'lead-up',
      label: `${shortMonth} ${prevYear}`,
      description: `${monthName(prevMonth)} ${prevYear}, the month before the summit`,
      from: leadFrom,
      to: endOfMonth(leadFrom),
    },
    {
      id: 'summit-week',
      label: 'Summit week',
      description: 'The week of the summit, Monday to Sunday',
      from: weekFrom,
      to: addDays(weekFrom, 6),
    },
    {
      id: 'autumn',
      label: `Autumn ${year}`,
      description: `September to November ${year}`,
      from: `${year}-09-01`,
      to: `${year}-11-30`,
    },
  ];
}

/** The preset matching the stored range exactly, if any. */
export function activePreset(presets: readonly RangePreset[], range: OpenRange): RangePreset | undefined {
  return presets.find((p) => p.from === range.from && p.to === range.to);
}
