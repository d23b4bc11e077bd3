import type { Summit } from '../../data/schema';
import type { FilteredSummit } from '../../model/filters';
import { categoryLabel } from '../../model/timelineCategories';
import { formatEventDate } from '../../model/timelineDates';
import { sortEvents } from '../../model/timelineOrder';

/** The timeline's events in date order: when, what, what kind, who. */
export function EventTable({ summit, filtered }: { summit: Summit; filtered: FilteredSummit }) {
  const names = new Map([...summit.entities, ...summit.people].map((x) => [x.id, x.name]));
  const rows = sortEvents(summit.events.filter((e) => filtered.eventIds.has(e.id)));
  return (
    <div className="view-text__scroll" tabIndex={0} role="region" aria-label="Events table">
      <table className="view-text__grid">
        <caption>
          {rows.length} of {summit.events.length} events in date order, as the filters select
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Category</th>
            <th scope="col">Who</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>{formatEventDate(e)}</td>
              <th scope="row">{e.title}</th>
              <td>{categoryLabel(e.category)}</td>
              <td>{[...e.entityIds, ...e.personIds].map((id) => names.get(id) ?? id).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
