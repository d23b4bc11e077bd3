import type { MatrixModel } from './matrixRows';

/** Lower bounds of the grid's row heights, in px: underestimating them only reveals more rows. */
export interface RowHeights {
  group: number;
  row: number;
}

/**
 * Which leaders' rows to draw in the frame of a filter change. Rows that start within `extentPx` of
 * the grid's top (what can be on screen) follow the new filters; the rows after them keep what
 * was painted (`paintedIds`) until the frame after, so a click lays out a screenful of rows instead
 * of every row the filters bring back. The rows up to the cut are exactly the new ones, so what is
 * seen is never stale; with `extentPx` Infinity every row follows the new filters. `complete`: the
 * new rows all fit before the cut, so the grid ends on screen (and its totals must be new too).
 * `throughId`: a leader whose row must follow at once, wherever it is (the selected cell's, which is
 * scrolled into view in the same frame).
 */
export function rowsShownNow(
  groups: MatrixModel['allGroups'],
  paintedIds: ReadonlySet<string>,
  extentPx: number,
  heights: RowHeights,
  throughId: string | null = null,
): { shown: Set<string>; complete: boolean } {
  const shown = new Set<string>();
  let y = 0;
  let pending = throughId !== null && groups.some((g) => g.shown.has(throughId));
  const beforeCut = () => y < extentPx || pending;
  for (const group of groups) {
    if (beforeCut() && group.shown.size > 0) y += heights.group;
    for (const row of group.rows) {
      const id = row.person.id;
      if (beforeCut()) {
        if (id === throughId) pending = false;
        if (!group.shown.has(id)) continue;
        shown.add(id);
        y += heights.row;
      } else if (paintedIds.has(id)) shown.add(id);
    }
  }
  return { shown, complete: beforeCut() };
}
