import type { MouseEvent, PointerEvent as ReactPointerEvent } from 'react';
import { stateClass, type ScreenMark } from './markState';

interface Props {
  orgs: readonly ScreenMark[];
  selectedId: string | null;
  hovered: ReadonlySet<string | null>;
  focusedId: string | null;
  handlers: {
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerLeave: () => void;
    onClick: (e: MouseEvent<HTMLElement>) => void;
  };
}

/**
 * Organisations have no territory: they are badges in a strip along the map's foot, coloured like
 * the countries. Part of the map's single tab stop (arrow keys reach them); not tab stops themselves.
 */
export function MapOrgs({ orgs, selectedId, hovered, focusedId, handlers }: Props) {
  if (orgs.length === 0) return null;
  return (
    <div className="map-orgs" {...handlers}>
      <span className="map-orgs__title">Organisations</span>
      <ul className="map-orgs__list">
        {orgs.map((m) => (
          <li
            key={m.entityId}
            data-entity-id={m.entityId}
            className={`map-org ${stateClass(m, selectedId, hovered)}${m.entityId === focusedId ? ' is-focused' : ''}`}
          >
            <svg width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="8" style={{ fill: m.fill }} />
            </svg>
            <span>{m.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
