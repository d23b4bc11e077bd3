/**
 * The filters and sort behind a view, in words, for an exported image: it has no controls to show
 * them, and "filtered view (see link)" left a printed copy unexplained.
 */
import type { Summit } from '../data/schema';
import type { FilterState } from './filters';
import { ATTENDANCE_LABELS, PLEDGE_LABELS } from './labels';
import { listNames, nameInProse } from './prose';
import { categoryLabel } from './timelineCategories';
import { formatDayRange } from './timelineDates';
import { formatCalendarDate } from './calendar';
import type { MatrixSort } from '../state/viewState';
import { SORT_LABELS } from './sortLabels';

/** "Chosen: France, Germany and the United Kingdom; pledge: Undecided; dates: 5–11 September 2025". */
export function describeFilters(summit: Summit, f: FilterState): string {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
  const entities = byId(summit.entities);
  const questions = byId(summit.questions);
  const parts: string[] = [];
  if (f.entities.length > 0)
    parts.push(
      `Chosen: ${listNames(
        f.entities.map((id) => nameInProse(entities.get(id)?.name ?? id)),
        6,
      )}`,
    );
  if (f.pledge.length > 0) parts.push(`pledge: ${f.pledge.map((p) => PLEDGE_LABELS[p]).join(', ')}`);
  if (f.attendance.length > 0)
    parts.push(`attendance: ${f.attendance.map((a) => ATTENDANCE_LABELS[a]).join(', ')}`);
  if (f.questions.length > 0)
    parts.push(`questions: ${f.questions.map((id) => questions.get(id)?.label ?? id).join(', ')}`);
  if (f.categories.length > 0) parts.push(`events: ${f.categories.map(categoryLabel).join(', ')}`);
  if (f.from !== null && f.to !== null) parts.push(`dates: ${formatDayRange(f.from, f.to)}`);
  else if (f.from !== null) parts.push(`dates: from ${formatCalendarDate(f.from)}`);
  else if (f.to !== null) parts.push(`dates: until ${formatCalendarDate(f.to)}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "rows by agreement with Emmanuel Macron", "rows by family name"; '' for the default order. */
export function describeSort(summit: Summit, sort: MatrixSort, sortRef: string | null): string {
  if (sort === 'group') return '';
  if (sort !== 'agreement') return `rows by ${SORT_LABELS[sort].toLowerCase()}`;
  const ref = summit.people.find((p) => p.id === sortRef);
  return ref ? `rows by agreement with ${ref.name}` : '';
}
