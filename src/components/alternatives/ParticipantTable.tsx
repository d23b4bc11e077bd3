import type { Summit } from '../../data/schema';
import type { FilteredSummit } from '../../model/filters';
import { ATTENDANCE_LABELS, PLEDGE_LABELS, ROLE_LABELS } from '../../model/labels';

/** The map's records as rows: who took part, in what role, how, who represented them, their pledge. */
export function ParticipantTable({ summit, filtered }: { summit: Summit; filtered: FilteredSummit }) {
  const people = new Map(summit.people.map((p) => [p.id, p.name]));
  const rows = summit.entities.filter((e) => filtered.entityIds.has(e.id));
  return (
    <div className="view-text__scroll" tabIndex={0} role="region" aria-label="Participants table">
      <table className="view-text__grid">
        <caption>
          {rows.length} of {summit.entities.length} countries and organisations, as the filters select
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Attendance</th>
            <th scope="col">Represented by</th>
            <th scope="col">Pledge</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.name}</th>
              <td>{ROLE_LABELS[e.participation.role]}</td>
              <td>{ATTENDANCE_LABELS[e.participation.attendance]}</td>
              <td>{e.participation.representedBy.map((id) => people.get(id) ?? id).join(', ') || '—'}</td>
              <td>{e.pledge ? PLEDGE_LABELS[e.pledge.status] : 'No pledge recorded'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
