import { useFiltered } from '../../state/selectors';
import { useAppStore, useSummit } from '../../state/hooks';

/** "Showing N of M" for each view, announced politely when a filter changes the counts, plus Reset. */
export function FilterSummary() {
  const summit = useSummit();
  const filtered = useFiltered();
  const reset = useAppStore((s) => s.reset);
  const participants = summit.entities.filter((e) => e.participation.role !== 'non-participant');
  const shownParticipants = participants.filter((e) => filtered.entityIds.has(e.id)).length;
  const text =
    `Showing ${shownParticipants} of ${participants.length} participants, ` +
    `${filtered.personIds.size} of ${summit.people.length} people, ` +
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
