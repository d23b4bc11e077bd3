import { memo, useId, useMemo, useState } from 'react';
import type { Entity } from '../../data/schema';
import { isParticipant, ROLE_LABELS } from '../../model/mapColors';
import { byName, findEntities } from '../../model/entitySearch';
import { attendancePhrase } from '../../model/mapText';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { useFiltered } from '../../state/selectors';
import { useCountryCodes } from '../../components/useCountryCodes';
import { isDimmed, type MapModel } from './useMapModel';

type Dims = Pick<MapModel, 'narrowed' | 'included'>;

function Group({
  title,
  items,
  dims,
  outsideId,
}: {
  title: string;
  items: Entity[];
  dims: Dims;
  outsideId: string;
}) {
  const selected = useAppStore((s) => s.selectedEntity);
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="map-finder__group">{title}</h3>
      <ul className="map-finder__list">
        {items.map((e) => (
          <Participant
            key={e.id}
            entity={e}
            dimmed={isDimmed(dims, e.id)}
            pressed={selected === e.id}
            outsideId={outsideId}
          />
        ))}
      </ul>
    </>
  );
}

/** One entry; memoised, so a filter change re-renders only the entries it dims or brightens. */
const Participant = memo(function Participant({
  entity: e,
  dimmed,
  pressed,
  outsideId,
}: {
  entity: Entity;
  dimmed: boolean;
  pressed: boolean;
  /** The hidden words "outside the current filters", which a dimmed entry points to. */
  outsideId: string;
}) {
  const store = useAppStoreApi();
  const hover = (id: string | null) => {
    if (store.getState().hoveredEntity !== id) store.getState().hover({ hoveredEntity: id });
  };
  return (
    <li data-entity-id={e.id} className={dimmed ? 'is-dimmed' : undefined}>
      <button
        type="button"
        aria-pressed={pressed}
        // Dimming alone tells only sighted readers. A description, not added text, so a filter change
        // flips one attribute per entry instead of inserting text to lay out.
        aria-describedby={dimmed ? outsideId : undefined}
        onClick={() => store.getState().update({ selectedEntity: pressed ? null : e.id })}
        onPointerEnter={() => hover(e.id)}
        onPointerLeave={() => hover(null)}
        onFocus={() => hover(e.id)}
        onBlur={() => hover(null)}
      >
        <span className="map-finder__name">{e.name}</span>
        <span className="map-finder__meta">
          {isParticipant(e)
            ? `${ROLE_LABELS[e.participation.role]}, ${attendancePhrase(e.participation.attendance)}`
            : 'Not taking part'}
        </span>
      </button>
    </li>
  );
});

/**
 * The map's accessible twin: find any participant by name and select it. It reads the filters itself
 * (not the map's model), so below the screen it can follow them after the frame (`OffscreenPart`);
 * memoised, so the map re-rendering does not re-render it.
 */
export const ParticipantList = memo(function ParticipantList({ entities }: { entities: readonly Entity[] }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const outsideId = useId();
  const filtered = useFiltered();
  const dims = { narrowed: filtered.entitiesNarrowed, included: filtered.entityIds };
  const codes = useCountryCodes(query !== '');
  const sorted = useMemo(() => byName(entities), [entities]);
  const q = query.trim();
  const matches = useMemo(() => findEntities(sorted, q, codes), [sorted, q, codes]);
  return (
    <div className="map-finder">
      <label htmlFor={inputId} className="map-finder__label">
        Find a participant
      </label>
      <input
        id={inputId}
        type="search"
        className="map-finder__input"
        value={query}
        placeholder="Type a country or organisation"
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="map-finder__status" role="status">
        {q === '' ? '' : matches.length === 0 ? 'No match' : `${matches.length} found`}
      </p>
      <div className="map-finder__results">
        <Group title="Participants" items={matches.filter(isParticipant)} dims={dims} outsideId={outsideId} />
        <Group
          title="Not taking part"
          items={matches.filter((e) => !isParticipant(e))}
          dims={dims}
          outsideId={outsideId}
        />
        <span id={outsideId} hidden>
          outside the current filters
        </span>
      </div>
    </div>
  );
});
