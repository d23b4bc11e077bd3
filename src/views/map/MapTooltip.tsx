import type { Entity } from '../../data/schema';
import { ROLE_LABELS } from '../../model/mapColors';
import {
  countLabel,
  entitySourceIds,
  pledgeLine,
  representationLine,
  type MapIndex,
} from '../../model/mapText';

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
  const flipX = tip.x > width / 2;
  const flipY = tip.y > height / 2;
  const pledge = pledgeLine(entity);
  const note = entity.participation.note?.trim();
  return (
    <div
      className={`map-tooltip${flipX ? ' map-tooltip--left' : ''}${flipY ? ' map-tooltip--up' : ''}`}
      style={{ left: tip.x, top: tip.y }}
      aria-hidden="true"
      data-testid="map-tooltip"
    >
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
