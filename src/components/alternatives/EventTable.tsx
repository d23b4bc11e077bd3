import type { Summit } from '../../data/schema';
import type { FilteredSummit } from '../../model/filters';
import { categoryLabel } from '../../model/timelineCategories';
import { upperFirst } from '../../model/prose';
import { formatEventDate } from '../../model/timelineDates';
import { sortEvents } from '../../model/timelineOrder';
import { RecordTable } from './RecordTable';

const COLUMNS = ['Date', 'Event', 'Category', 'Who'];

/** The timeline's events in date order: when, what, what kind, who. */
export function EventTable({ summit, filtered }: { summit: Summit; filtered: FilteredSummit }) {
  const names = new Map([...summit.entities, ...summit.people].map((x) => [x.id, x.name]));
  const rows = sortEvents(summit.events.filter((e) => filtered.eventIds.has(e.id)));
  return (
    <RecordTable
      label="Events table"
      caption={`${rows.length} of ${summit.events.length} events in date order, as the filters select`}
      columns={COLUMNS}
    >
      {rows.map((e) => (
        <tr key={e.id}>
          <td>{upperFirst(formatEventDate(e))}</td>
          <th scope="row">{e.title}</th>
          <td>{categoryLabel(e.category)}</td>
          <td>{[...e.entityIds, ...e.personIds].map((id) => names.get(id) ?? id).join(', ') || '—'}</td>
        </tr>
      ))}
    </RecordTable>
  );
}
