import { useFiltered } from '../../state/selectors';
import { useSummit } from '../../state/hooks';

/** Placeholder until the view is built: states how many items it will show. */
export function TimelineView() {
  const summit = useSummit();
  const filtered = useFiltered();
  return (
    <p className="view-placeholder">
      TimelineView: {filtered.entityIds.size} of {summit.entities.length}
    </p>
  );
}
