import { memo } from 'react';
import { MARKER_RADIUS, type ProjectedShape } from '../../model/mapMarkers';
import type { Point } from '../../model/mapProjection';
import { stateClass, type ScreenMark } from './markState';

export interface ShapeStyle {
  entityId: string;
  fill: string;
  dimmed: boolean;
}

/** Every country, in base pixels (the parent group zooms it). Re-renders only on data or colour changes. */
export const CountryLayer = memo(function CountryLayer({
  shapes,
  styles,
}: {
  shapes: readonly ProjectedShape[];
  styles: ReadonlyMap<string, ShapeStyle>;
}) {
  return (
    <g className="map-countries">
      {shapes.map((s) => {
        const style = styles.get(s.key);
        return (
          <CountryPath
            key={s.key}
            d={s.d}
            entityId={style?.entityId}
            fill={style?.fill}
            dimmed={style?.dimmed ?? false}
          />
        );
      })}
    </g>
  );
});

/** One country; memoised so that a filter change re-renders only the shapes it dims or brightens. */
const CountryPath = memo(function CountryPath({
  d,
  entityId,
  fill,
  dimmed,
}: {
  d: string;
  entityId: string | undefined;
  fill: string | undefined;
  dimmed: boolean;
}) {
  if (entityId === undefined) return <path d={d} className="map-country" vectorEffect="non-scaling-stroke" />;
  return (
    <path
      d={d}
      data-entity-id={entityId}
      className={`map-country map-country--entity${dimmed ? ' is-dimmed' : ''}`}
      style={{ fill }}
      vectorEffect="non-scaling-stroke"
    />
  );
});

/**
 * Dotted outlines over low-confidence pledges (the matrix's border for low confidence), drawn above
 * every country so that neighbours do not cover them.
 */
export function UnconfirmedLayer({ shapes }: { shapes: readonly { entityId: string; d: string }[] }) {
  return (
    <g
      className="map-unconfirmed"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeDasharray="0.1 3.5"
      strokeLinecap="round"
      pointerEvents="none"
    >
      {shapes.map(({ entityId, d }) => (
        <path key={entityId} d={d} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
}

/** Strong outlines drawn above every country, so neighbours never hide them. */
export function Outline({ d, kind }: { d: string | undefined; kind: 'selected' | 'hovered' }) {
  if (!d) return null;
  return (
    <g className={`map-outline map-outline--${kind}`}>
      <path d={d} className="map-outline__halo" vectorEffect="non-scaling-stroke" />
      <path d={d} className="map-outline__line" vectorEffect="non-scaling-stroke" />
    </g>
  );
}

/** Screen-space marks: small-state markers, outsider labels, the keyboard focus ring. */
export function MarkLayer({
  marks,
  selectedId,
  hovered,
  focused,
}: {
  marks: readonly ScreenMark[];
  selectedId: string | null;
  hovered: ReadonlySet<string | null>;
  focused: Point | null;
}) {
  return (
    <g className="map-marks">
      {marks
        .filter((m) => m.kind === 'marker')
        .map((m) => (
          <g
            key={m.entityId}
            data-entity-id={m.entityId}
            className={`map-marker ${stateClass(m, selectedId, hovered)}`}
          >
            <circle className="map-hit" cx={m.at[0]} cy={m.at[1]} r={MARKER_RADIUS + 6} />
            <circle
              cx={m.at[0]}
              cy={m.at[1]}
              r={MARKER_RADIUS}
              style={{ fill: m.fill }}
              strokeDasharray={m.unconfirmed ? '0.1 2.5' : undefined}
              strokeLinecap={m.unconfirmed ? 'round' : undefined}
            />
          </g>
        ))}
      {marks.map((m) => {
        const place = m.labelAt;
        if (!place) return null;
        return (
          <text
            key={`label-${m.entityId}`}
            className="map-outsider"
            x={place.x}
            y={place.y}
            textAnchor={place.anchor}
          >
            {/* The space keeps "Russia not taking part" two words for assistive technology. */}
            <tspan className="map-outsider__name">{m.label} </tspan>
            <tspan className="map-outsider__note" x={place.x} dy="1.2em">
              not taking part
            </tspan>
          </text>
        );
      })}
      {focused && <circle className="map-focus-ring" cx={focused[0]} cy={focused[1]} r={MARKER_RADIUS + 9} />}
    </g>
  );
}
