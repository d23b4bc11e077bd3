import { useId, useMemo, type ReactNode } from 'react';
import { COLOR_BY_LABELS, isParticipant, legendCounts, patternId } from '../../model/mapColors';
import { MARKER_RADIUS } from '../../model/mapMarkers';
import { MapPatterns } from './MapPatterns';
import type { MapModel } from './useMapModel';

/** A key row's count, and under a filter how many there are in all: "By video 0" read as nobody. */
const ofAll = (shown: number, all: number) => (shown === all ? `${shown}` : `${shown} of ${all}`);

/** What each fill means, with how many of the shown entities have it; swatches use the map's patterns. */
export function MapLegend({ model }: { model: MapModel }) {
  const prefix = `legend${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { colorBy, entities, included, unconfirmed } = model;
  const rows = useMemo(
    () =>
      // Non-participants are not filtered (a filter picks participants) and stay labelled on the map.
      legendCounts(
        entities.filter((e) => included.has(e.id) || !isParticipant(e)),
        colorBy,
        entities,
      ),
    [entities, included, colorBy],
  );
  const totals = useMemo(
    () => new Map(legendCounts(entities, colorBy, entities).map((r) => [r.category.value, r.count])),
    [entities, colorBy],
  );
  const headingId = `${prefix}-title`;
  return (
    <div className="map-legend">
      <svg width="0" height="0" className="map-legend__defs" aria-hidden="true" focusable="false">
        <defs>
          <MapPatterns prefix={prefix} colorBy={colorBy} />
        </defs>
      </svg>
      <h3 className="map-legend__title" id={headingId}>
        Colour key: {COLOR_BY_LABELS[colorBy].toLowerCase()}
      </h3>
      <ul className="map-legend__list" aria-labelledby={headingId}>
        {rows.map(({ category, count }) => (
          <li
            key={category.value}
            className={`map-legend__item${count === 0 ? ' is-empty' : ''}`}
            data-category={category.value}
          >
            <Swatch>
              <rect
                x="0.5"
                y="0.5"
                width="17"
                height="17"
                rx="3"
                style={{ fill: `url(#${patternId(prefix, colorBy, category)})` }}
              />
            </Swatch>
            <span className="map-legend__label">{category.label}</span>
            <span className="map-legend__count">{ofAll(count, totals.get(category.value) ?? count)}</span>
          </li>
        ))}
        {unconfirmed.size > 0 && (
          <li className="map-legend__item map-legend__item--key">
            <Swatch>
              <rect
                x="1.5"
                y="1.5"
                width="15"
                height="15"
                rx="3"
                fill="none"
                strokeDasharray="0.1 3"
                strokeLinecap="round"
                style={{ stroke: 'currentColor', strokeWidth: 2 }}
              />
            </Swatch>
            <span className="map-legend__label">
              Dotted outline: low confidence (unnamed or single sources)
            </span>
            <span className="map-legend__count">
              {ofAll([...unconfirmed].filter((id) => included.has(id)).length, unconfirmed.size)}
            </span>
          </li>
        )}
        <li className="map-legend__item map-legend__item--key">
          <Swatch>
            <circle cx="9" cy="9" r={MARKER_RADIUS} className="map-legend__marker" />
          </Swatch>
          <span className="map-legend__label">
            Circle: a small state, marked so it can be found and chosen
          </span>
        </li>
      </ul>
    </div>
  );
}

/** The small drawing before each value of the key. */
function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="map-legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
