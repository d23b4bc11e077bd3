import type { Summit } from '../../data/schema';
import type { FilteredSummit } from '../../model/filters';
import { ATTENDANCE_LABELS, PLEDGE_LABELS, ROLE_LABELS } from '../../model/labels';
import { RecordTable } from './RecordTable';

const COLUMNS = ['Name', 'Role', 'Attendance', 'Represented by', 'Pledge'];

/** The map's records as rows: who took part, in what role, how, who represented them, their pledge. */
export function ParticipantTable({ summit, filtered }: { summit: Summit; filtered: FilteredSummit }) {
  const people = new Map(summit.people.map((p) => [p.id, p.name]));
  const rows = summit.entities.filter((e) => filtered.entityIds.has(e.id));
  return (
    <RecordTable
      label="Participants table"
      caption={`${rows.length} of ${summit.entities.length} countries and organisations, as the filters select`}
      columns={COLUMNS}
    >
      {rows.map((e) => (
        <tr key={e.id}>
          <th scope="row">{e.name}</th>
          <td>{ROLE_LABELS[e.participation.role]}</td>
          <td>{ATTENDANCE_LABELS[e.participation.attendance]}</td>
          <td>{e.participation.representedBy.map((id) => people.get(id) ?? id).join(', ') || '—'}</td>
          <td>{e.pledge ? PLEDGE_LABELS[e.pledge.status] : 'No pledge recorded'}</td>
        </tr>
      ))}
    </RecordTable>
  );
}
