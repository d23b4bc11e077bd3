/**
 * Reading and keyboard order of events: by first day, then last day, then as the dataset lists them,
 * which within a day is the order they happened (the Witkoff meeting, the summit, the call with
 * Trump). ←/→ step through this order, Home/End jump to its ends; the list view groups it by month.
 */
import type { SummitEvent } from '../data/schema';
import { eventSpan, formatMonth, monthKey } from './timelineDates';

type Orderable = Pick<SummitEvent, 'date' | 'datePrecision' | 'endDate'>;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By dates only: events that tie keep the order they are given in (`sort` is stable). */
export function compareEvents(a: Orderable, b: Orderable): number {
  const sa = eventSpan(a);
  const sb = eventSpan(b);
  return cmp(sa.start, sb.start) || cmp(sa.end, sb.end);
}

/** Date order, same-day events as the dataset lists them; context rows fall where their dates put them. */
export function sortEvents<T extends Orderable>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

export type StepKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End';

export function isStepKey(key: string): key is StepKey {
  return ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(key);
}

/** The id to move to from `current` (null = nothing focused yet); stays put at either end. */
export function stepEvent(order: readonly string[], current: string | null, key: StepKey): string | null {
  if (order.length === 0) return null;
  const last = order.length - 1;
  if (key === 'Home') return order[0] ?? null;
  if (key === 'End') return order[last] ?? null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return order[0] ?? null;
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  return order[Math.min(last, Math.max(0, i + (forward ? 1 : -1)))] ?? null;
}

export interface EventGroup<T> {
  key: string;
  label: string;
  events: T[];
}

/**
 * Groups already-sorted events by the month they start in. Context rows dated before the main period
 * form a "Background" group at the top, those after it an "Afterwards" group at the end.
 */
export function groupByMonth<T extends Pick<SummitEvent, 'date' | 'context'>>(
  sorted: readonly T[],
  extent?: { from: string; to: string },
): EventGroup<T>[] {
  const groups = new Map<string, EventGroup<T>>();
  const keyOf = (e: T) => {
    if (e.context === true && extent && e.date < extent.from) return 'before';
    if (e.context === true && extent && e.date > extent.to) return 'after';
    return monthKey(e.date);
  };
  for (const event of sorted) {
    const key = keyOf(event);
    let group = groups.get(key);
    if (!group) {
      const label =
        key === 'before' ? 'Background' : key === 'after' ? 'Afterwards' : formatMonth(event.date);
      group = { key, label, events: [] };
      groups.set(key, group);
    }
    group.events.push(event);
  }
  const all = [...groups.values()];
  const rank = (g: EventGroup<T>) => (g.key === 'before' ? 0 : g.key === 'after' ? 2 : 1);
  return all.sort((a, b) => rank(a) - rank(b));
}
