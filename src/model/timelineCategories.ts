/**
 * Event categories: a fixed reading order for the known ones (unknown ones follow, sorted), their
 * display names, and counts for the filter buttons. Category strings come from the dataset and are
 * untrusted: they are only ever shown as text.
 */
import type { SummitEvent } from '../data/schema';
import { upperFirst } from './prose';

export const CATEGORY_ORDER = [
  'summit',
  'call',
  'talks',
  'statement',
  'sanctions',
  'military',
  'attack',
  'pledge',
] as const;

const LABELS: Record<string, string> = {
  summit: 'Summit',
  call: 'Call',
  talks: 'Talks',
  statement: 'Statement',
  sanctions: 'Sanctions',
  military: 'Military',
  attack: 'Attack',
  pledge: 'Pledge',
};

export function categoryLabel(category: string): string {
  const known = LABELS[category];
  if (known !== undefined) return known;
  const words = category.replace(/[-_]+/g, ' ').trim();
  return upperFirst(words);
}

/** Rank for sorting: known categories in CATEGORY_ORDER, then the rest. */
export function categoryRank(category: string): number {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(category);
  return i === -1 ? CATEGORY_ORDER.length : i;
}

export function compareCategories(a: string, b: string): number {
  return categoryRank(a) - categoryRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The categories that occur in `events`, in reading order. */
export function orderedCategories(events: readonly Pick<SummitEvent, 'category'>[]): string[] {
  return [...new Set(events.map((e) => e.category))].sort(compareCategories);
}

/** How many of the events whose id is in `ids` fall in each category (zero for absent ones). */
export function countByCategory(
  events: readonly Pick<SummitEvent, 'id' | 'category'>[],
  ids: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!counts.has(e.category)) counts.set(e.category, 0);
    if (ids.has(e.id)) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  }
  return counts;
}

/** Toggle one category in the filter; an empty filter means "all categories". */
export function toggleCategory(current: readonly string[], category: string): string[] {
  return current.includes(category) ? current.filter((c) => c !== category) : [...current, category];
}
