import { useMemo } from 'react';
import { leaders } from '../../model/matrixRows';
import { useFiltered } from '../../state/selectors';
import { useAppStore, useSummit } from '../../state/hooks';

/**
 * "Showing N of M" for each view, in the words and sets the views use (participants on the map,
 * leaders in the matrix, events on the timeline), announced politely when a filter changes the
 * counts, plus Reset.
 */
export function FilterSummary() {
  const summit = useSummit();
  const filtered = useFiltered();
  const reset = useAppStore((s) => s.reset);
  const { participants, rows } = useMemo(
    () => ({
      participants: summit.entities.filter((e) => e.participation.role !== 'non-participant'),
      rows: leaders(summit),
    }),
    [summit],
  );
  const shownParticipants = participants.filter((e) => filtered.entityIds.has(e.id)).length;
  const shownRows = rows.filter((p) => filtered.personIds.has(p.id)).length;
  const text =
    `Showing ${shownParticipants} of ${participants.length} participants, ` +
    `${shownRows} of ${rows.length} leaders, ` +
    `${filtered.eventIds.size} of ${summit.events.length} events.`;
  return (
    <div className="filter-summary">
      <p className="filter-summary__text" role="status" aria-live="polite">
        {text}
      </p>
      <button type="button" onClick={reset}>
        Reset view
      </button>
    </div>
  );
}
