/**
 * Where a tooltip goes beside the point it describes. Apart from the cards' placement
 * (panelPlacement.ts), which only the matrix loads, so that it stays out of the first-load code.
 */
import type { Size } from './panelPlacement';

/**
 * A tooltip's top-left corner near a point inside `bounds` (both in the same pixels): on each axis on
 * the side with more room, else the other side, `gap` away so the point stays clear; where neither side
 * has room (a phone-width map), centred on the point and kept inside, the other axis keeping it clear.
 */
export function placeNear(at: readonly [number, number], size: Size, bounds: Size, gap = 14) {
  const axis = (p: number, length: number, max: number) => {
    const after = p + gap;
    const before = p - gap - length;
    const fitsAfter = after + length <= max;
    const fitsBefore = before >= 0;
    if (fitsAfter && (!fitsBefore || p <= max / 2)) return after;
    if (fitsBefore) return before;
    return Math.max(0, Math.min(p - length / 2, max - length));
  };
  return {
    left: Math.round(axis(at[0], size.width, bounds.width)),
    top: Math.round(axis(at[1], size.height, bounds.height)),
  };
}
