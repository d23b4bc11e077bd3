import { useEffect, useState, type RefObject } from 'react';
import type { RowHeights } from '../../model/matrixReveal';
import { useAppStoreApi } from '../../state/hooks';
import { pickFilters, sameFilters } from '../../state/paintedFilters';

export interface VisibleExtent {
  /** How far down the grid's content can be on screen, in px; Infinity when it cannot be measured. */
  px: number;
  heights: RowHeights;
  /** The box's bottom edge, where the sticky totals sit, is on screen (or cannot be measured). */
  bottomSeen: boolean;
}

const EVERYTHING: VisibleExtent = { px: Infinity, heights: { group: 0, row: 0 }, bottomSeen: true };

/**
 * From the top of the first row (below the header row) to the bottom of what the window shows of the
 * box, with two pixels to spare for its border and rounding.
 */
function measure(box: HTMLElement | null): VisibleExtent {
  if (!box) return EVERYTHING;
  const rect = box.getBoundingClientRect();
  if (rect.height === 0) return EVERYTHING;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const heights = { group: 1.5 * rem, row: 2.5 * rem };
  const header = box.querySelector<HTMLElement>('[role="columnheader"]')?.offsetHeight ?? 0;
  const seen = Math.min(Math.max(Math.min(rect.bottom, window.innerHeight) - rect.top, 0), rect.height);
  const bottomSeen = rect.bottom <= window.innerHeight && rect.bottom >= 0;
  return { px: Math.ceil(box.scrollTop + seen - header + 2), heights, bottomSeen };
}

/**
 * The part of the grid's scroll box that is on screen, measured when the filters change: in the
 * click, before React renders, when the page's layout is still clean and reading it costs nothing.
 * It is read only then, so scrolling costs nothing either.
 */
export function useVisibleExtent(box: RefObject<HTMLElement | null>): VisibleExtent {
  const store = useAppStoreApi();
  const [extent, setExtent] = useState(EVERYTHING);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (!sameFilters(pickFilters(state), pickFilters(prev))) setExtent(measure(box.current));
      }),
    [store, box],
  );
  return extent;
}
