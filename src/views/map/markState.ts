import type { LabelPlacement } from '../../model/mapMarkers';
import type { Point } from '../../model/mapProjection';

/** One entity's mark on screen: a country anchor (circle marker or none) or an organisation badge. */
export interface ScreenMark {
  entityId: string;
  at: Point;
  fill: string;
  dimmed: boolean;
  /** A low-confidence pledge: its marker's ring is dotted. */
  unconfirmed?: boolean;
  kind: 'marker' | 'org' | 'none';
  label?: string;
  /** Non-participants get a muted name label on the map, placed here (null: out of sight). */
  labelAt?: LabelPlacement | null;
}

/** CSS state classes shared by markers and badges: dimmed by filters, selected, hovered. */
export function stateClass(
  m: ScreenMark,
  selectedId: string | null,
  hovered: ReadonlySet<string | null>,
): string {
  return [
    m.dimmed && 'is-dimmed',
    m.entityId === selectedId && 'is-selected',
    hovered.has(m.entityId) && 'is-hovered',
  ]
    .filter(Boolean)
    .join(' ');
}
