import type { Confidence, Position } from '../../data/schema';

interface PositionChipProps {
  position: Position;
  /** null: the faint border used when there is no record; 'plain': no confidence shown (keys, lists). */
  confidence: Confidence | null | 'plain';
}

/**
 * The coloured mark; its icon (POSITION_META.icon) is drawn by CSS from `data-position`, so cells
 * carry no text that could disagree with their accessible name. Decorative: the label beside it, or
 * the cell's aria-label, carries the meaning.
 */
export function PositionChip({ position, confidence }: PositionChipProps) {
  return (
    <span
      className="mx-chip"
      data-position={position}
      data-confidence={confidence ?? 'none'}
      aria-hidden="true"
    />
  );
}
