/** The values each filter can take on a dataset, with how many records carry each. */
import {
  ATTENDANCES,
  PLEDGE_STATUSES,
  type Attendance,
  type PledgeStatus,
  type Summit,
} from '../data/schema';
import { orderedCategories } from './timelineCategories';

export interface CountedValue<T extends string> {
  value: T;
  count: number;
}

function countBy<T extends string>(values: readonly T[], order: readonly T[]): CountedValue<T>[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return order.filter((v) => counts.has(v)).map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

export function pledgeOptions(summit: Summit): CountedValue<PledgeStatus>[] {
  return countBy(
    summit.entities.flatMap((e) => (e.pledge ? [e.pledge.status] : [])),
    PLEDGE_STATUSES,
  );
}

export function attendanceOptions(summit: Summit): CountedValue<Attendance>[] {
  return countBy(
    summit.entities
      .filter((e) => e.participation.role !== 'non-participant')
      .map((e) => e.participation.attendance),
    ATTENDANCES,
  );
}

/** Categories in order of first appearance, so the dataset's author decides the order. */
/** In the timeline's reading order, so the two category filters list them alike. */
export function categoryOptions(summit: Summit): CountedValue<string>[] {
  const order = orderedCategories(summit.events);
  return countBy(
    summit.events.map((e) => e.category),
    order,
  );
}
