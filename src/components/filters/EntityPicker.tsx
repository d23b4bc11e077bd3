import { useId, useMemo, useState } from 'react';
import type { Entity } from '../../data/schema';
import { byName, findEntities } from '../../model/entitySearch';
import { countLabel } from '../../model/prose';
import { useCountryCodes } from '../useCountryCodes';

interface EntityPickerProps {
  entities: readonly Entity[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Searchable multi-select of countries and organisations, by name or ISO code; `ChosenEntities` shows the choice. */
export function EntityPicker({ entities, selected, onChange }: EntityPickerProps) {
  const [query, setQuery] = useState('');
  // The list is drawn only while the panel is open: closed, it was 41 checkboxes re-rendered on every
  // filter change for nobody to see.
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const codes = useCountryCodes(open);
  const sorted = useMemo(() => byName(entities), [entities]);
  const matches = useMemo(() => findEntities(sorted, query, codes), [sorted, query, codes]);
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);

  return (
    <div className="entity-picker">
      <details className="entity-picker__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Countries and organisations</summary>
        <div className="entity-picker__panel">
          <label htmlFor={inputId}>Search by name or ISO code</label>
          <input
            id={inputId}
            type="search"
            value={query}
            autoComplete="off"
            placeholder="e.g. Poland, PL or POL"
            onChange={(e) => setQuery(e.target.value)}
            // The "/" shortcut opens the panel and focuses here at once; the toggle event comes a task
            // later, after a quick typist may already have pressed Tab towards the list.
            onFocus={() => setOpen(true)}
          />
          {open && (
            <ul className="entity-picker__list" aria-label="Matching countries and organisations">
              {matches.map((e) => (
                <li key={e.id}>
                  <label data-entity-id={e.id}>
                    <input type="checkbox" checked={selected.includes(e.id)} onChange={() => toggle(e.id)} />
                    {e.name}
                    {e.iso3 !== undefined && <span className="entity-picker__code"> {e.iso3}</span>}
                    {/* Chosen, they add their leaders and events but nothing on the map: say why. */}
                    {e.participation.role === 'non-participant' && (
                      <span className="entity-picker__code"> · not taking part</span>
                    )}
                  </label>
                </li>
              ))}
              {matches.length === 0 && <li className="entity-picker__empty">No match for “{query}”.</li>}
            </ul>
          )}
          {/* What a search found, for those who cannot see the list shrink. */}
          <p className="visually-hidden" role="status">
            {open && query.trim() !== ''
              ? matches.length === 0
                ? 'No match'
                : countLabel(matches.length, 'match', 'matches')
              : ''}
          </p>
        </div>
      </details>
    </div>
  );
}
