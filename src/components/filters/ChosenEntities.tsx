import { useMemo } from 'react';
import type { Entity } from '../../data/schema';
import { focusFirst } from '../focusStays';

interface ChosenEntitiesProps {
  entities: readonly Entity[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * The chosen countries and organisations, each removable, on one line that scrolls sideways. The line
 * is there, and the same height, whatever is chosen: when 24 chips wrapped, a preset pushed the map
 * and matrix it had just filtered below the screen, and the whole page had to be repainted.
 */
export function ChosenEntities({ entities, selected, onChange }: ChosenEntitiesProps) {
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  return (
    <div className="chosen">
      <span className="chosen__count">
        {selected.length === 0 ? 'No country or organisation chosen' : `${selected.length} chosen:`}
      </span>
      {selected.length > 0 && (
        <ul className="chosen__chips" aria-label="Chosen countries and organisations">
          {selected.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip chip--removable"
                onClick={(e) => {
                  // The next chip, else the one before, else the picker takes focus from the one removed.
                  const li = e.currentTarget.parentElement;
                  focusFirst(
                    li?.nextElementSibling?.querySelector('button'),
                    li?.previousElementSibling?.querySelector('button'),
                    e.currentTarget.closest('section')?.querySelector('.entity-picker summary'),
                  );
                  onChange(selected.filter((s) => s !== id));
                }}
              >
                {byId.get(id)?.name ?? id}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden"> (remove)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
