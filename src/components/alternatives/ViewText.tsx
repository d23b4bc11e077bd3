import { useMemo, useState } from 'react';
import type { ViewName } from '../../state/viewNames';
import { describeMap, describeMatrix, describeTimeline } from '../../model/viewDescriptions';
import { useAppStore, useSummit } from '../../state/hooks';
import { usePaintedFiltered } from '../../state/selectors';
import { EventTable } from './EventTable';
import { ParticipantTable } from './ParticipantTable';
import './alternatives.css';

/**
 * Under each view: a sentence saying what it shows right now (the region's accessible description)
 * and, for the map and the timeline, the same records as a plain table. The matrix is a table already.
 */
export default function ViewText({ which, id }: { which: ViewName; id: string }) {
  const summit = useSummit();
  // The sentence and the table follow a filter change after the next frame, so the views repaint first.
  const described = usePaintedFiltered();
  const colorBy = useAppStore((s) => s.color);
  const selectedEntity = useAppStore((s) => s.selectedEntity);
  const [open, setOpen] = useState(false);
  const text = useMemo(
    () =>
      which === 'map'
        ? describeMap(summit, described, { colorBy, selectedEntity })
        : which === 'matrix'
          ? describeMatrix(summit, described)
          : describeTimeline(summit, described),
    [which, summit, described, colorBy, selectedEntity],
  );
  return (
    <div className="view-text">
      <p id={id} className="view-text__summary">
        {text}
      </p>
      {which !== 'matrix' && (
        <details className="view-text__table" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            {which === 'map' ? 'Show the participants as a table' : 'Show the events as a table'}
          </summary>
          {open &&
            (which === 'map' ? (
              <ParticipantTable summit={summit} filtered={described} />
            ) : (
              <EventTable summit={summit} filtered={described} />
            ))}
        </details>
      )}
    </div>
  );
}
