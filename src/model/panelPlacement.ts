/** Where a floating detail card goes so that it never covers the thing it describes. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type PanelPlacement = { kind: 'sheet' } | { kind: 'beside'; left: number; top: number };

const GAP = 12;
const MARGIN = 16;

/**
 * Beside the anchor, right if it fits there, else left; top-aligned with the anchor and kept inside
 * the viewport while the anchor is in it. On the left it also clears `keepClear` (the row's name,
 * left of a stance cell) when there is room, so the card never hides whose cell it describes. When
 * neither side has room (a phone), the card is a bottom sheet instead.
 */
export function placeBeside(anchor: Box, panel: Size, viewport: Size, keepClear?: Box): PanelPlacement {
  const rightStart = anchor.right + GAP;
  const leftOf = (box: Box) => box.left - GAP - panel.width;
  const fitsRight = rightStart + panel.width <= viewport.width - MARGIN;
  const clearStart = keepClear ? leftOf({ ...anchor, left: Math.min(anchor.left, keepClear.left) }) : -1;
  const left = fitsRight ? rightStart : clearStart >= MARGIN ? clearStart : leftOf(anchor);
  if (left < MARGIN) return { kind: 'sheet' };
  const lowest = viewport.height - MARGIN - panel.height;
  let top = Math.max(MARGIN, Math.min(anchor.top - GAP, lowest));
  // A cell leaving the window over an edge takes its card with it, level with the cell: held on
  // screen, the card covered whatever the reader had scrolled on to, about a cell out of sight.
  if (anchor.top - GAP < MARGIN) top = anchor.top - GAP;
  else if (anchor.bottom > viewport.height - MARGIN) top = Math.max(top, anchor.bottom - panel.height);
  return { kind: 'beside', left: Math.round(left), top: Math.round(top) };
}

/** Scroll offsets that bring `target` inside `box` less its padding (sticky header, name column). */
export function scrollToReveal(
  target: Box,
  box: Box,
  padding: { top: number; right: number; bottom: number; left: number },
): { dx: number; dy: number } {
  const axis = (start: number, end: number, from: number, to: number) => {
    if (start < from) return start - from;
    if (end > to) return Math.min(end - to, start - from);
    return 0;
  };
  return {
    dx: axis(target.left, target.right, box.left + padding.left, box.right - padding.right),
    dy: axis(target.top, target.bottom, box.top + padding.top, box.bottom - padding.bottom),
  };
}

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
