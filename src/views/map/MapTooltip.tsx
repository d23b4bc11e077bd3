import { useLayoutEffect, useRef } from 'react';
import type { Entity } from '../../data/schema';
import { ROLE_LABELS } from '../../model/mapColors';
import { entitySourceIds, pledgeLine, representationLine, type MapIndex } from '../../model/mapText';
import { placeNear } from '../../model/tooltipPlacement';
import { countLabel } from '../../model/prose';

export interface TipState {
  entityId: string;
  x: number;
  y: number;
  via: 'pointer' | 'keyboard';
}

interface Props {
  tip: TipState;
  entity: Entity;
  index: MapIndex;
  width: number;
  height: number;
}

/**
 * Name, who represented the entity and how, its pledge and how many sources back it. Hidden from
 * assistive technology: the map announces the same words through its live region.
 */
export function MapTooltip({ tip, entity, index, width, height }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed once its size is known, before it is painted: on a phone-width map neither side of a mark
  // has room for it, and it ran off the map's right edge.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured at the corner, where its width is not squeezed by the map's edge.
    el.style.left = el.style.top = '0px';
    const { left, top } = placeNear(
      [tip.x, tip.y],
      { width: el.offsetWidth, height: el.offsetHeight },
      { width, height },
    );
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  });
  const pledge = pledgeLine(entity);
  const note = entity.participation.note?.trim();
  return (
    <div ref={ref} className="map-tooltip" aria-hidden="true" data-testid="map-tooltip">
      <p className="map-tooltip__title">
        <strong>{entity.name}</strong>{' '}
        <span className="map-tooltip__role">{ROLE_LABELS[entity.participation.role]}</span>
      </p>
      <p>{representationLine(entity, index)}</p>
      {note && <p className="map-tooltip__muted map-tooltip__note">{note}</p>}
      {pledge && <p className="map-tooltip__pledge">{pledge}</p>}
      <p className="map-tooltip__muted">
        {countLabel(entitySourceIds(entity).length, 'source')} ·{' '}
        {tip.via === 'keyboard' ? 'Enter for details, Esc to clear' : 'Click for details'}
      </p>
    </div>
  );
}
