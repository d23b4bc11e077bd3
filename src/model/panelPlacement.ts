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

export type PanelPlacement =
  | { kind: 'sheet' }
  /** `width`: narrowed to fit on the right, when the card's own width does not. */
  | { kind: 'beside'; left: number; top: number; width?: number };

const GAP = 12;
const MARGIN = 16;

/**
 * Beside the anchor, right if it fits there (narrowed down to `minWidth` if need be), else left;
 * top-aligned with the anchor and kept inside the viewport while the anchor is in it. Narrower on
 * the right beats the left, where the card covered whatever is beside the matrix (the map). On the
 * left it also clears `keepClear` (the row's name, left of a stance cell) when there is room, so the
 * card never hides whose cell it describes. When neither side has room (a phone), the card is a
 * bottom sheet instead.
 */
export function placeBeside(
  anchor: Box,
  panel: Size,
  viewport: Size,
  keepClear?: Box,
  minWidth = panel.width,
): PanelPlacement {
  const rightStart = anchor.right + GAP;
  const rightRoom = viewport.width - MARGIN - rightStart;
  const leftOf = (box: Box) => box.left - GAP - panel.width;
  const fitsRight = rightRoom >= Math.min(minWidth, panel.width);
  const clearStart = keepClear ? leftOf({ ...anchor, left: Math.min(anchor.left, keepClear.left) }) : -1;
  const left = fitsRight ? rightStart : clearStart >= MARGIN ? clearStart : leftOf(anchor);
  if (left < MARGIN) return { kind: 'sheet' };
  const width = fitsRight && rightRoom < panel.width ? { width: Math.floor(rightRoom) } : {};
  const lowest = viewport.height - MARGIN - panel.height;
  let top = Math.max(MARGIN, Math.min(anchor.top - GAP, lowest));
  // A cell leaving the window over an edge takes its card with it, level with the cell: held on
  // screen, the card covered whatever the reader had scrolled on to, about a cell out of sight.
  if (anchor.top - GAP < MARGIN) top = anchor.top - GAP;
  else if (anchor.bottom > viewport.height - MARGIN) top = Math.max(top, anchor.bottom - panel.height);
  return { kind: 'beside', left: Math.round(left), top: Math.round(top), ...width };
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
