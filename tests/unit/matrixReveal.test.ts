import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsShownNow } from '../../src/model/matrixReveal';
import type { MatrixModel } from '../../src/model/matrixRows';

type Groups = MatrixModel['allGroups'];
const HEIGHTS = { group: 20, row: 40 };

/** Groups of leaders in display order, with the ones the new filters show. */
function groups(layout: string[][], shownIds: Iterable<string>): Groups {
  const shown = new Set(shownIds);
  return layout.map((ids, i) => ({
    id: `g${i}`,
    label: `Group ${i}`,
    rows: ids.map((id) => ({ person: { id } })),
    shown: new Set(ids.filter((id) => shown.has(id))),
  })) as unknown as Groups;
}

const inOrder = (g: Groups, ids: ReadonlySet<string>) =>
  g.flatMap((group) => group.rows.map((r) => r.person.id)).filter((id) => ids.has(id));

const LAYOUT = [
  ['a', 'b', 'c', 'd', 'e', 'f'],
  ['g', 'h'],
  ['i', 'j', 'k'],
];

describe('rowsShownNow: the rows drawn in the frame of a filter change', () => {
  it('follows the new filters everywhere when the extent is unknown', () => {
    const g = groups(LAYOUT, ['b', 'd', 'h', 'k']);
    const { shown, complete } = rowsShownNow(g, new Set(['a', 'c', 'i']), Infinity, HEIGHTS);
    expect(inOrder(g, shown)).toEqual(['b', 'd', 'h', 'k']);
    expect(complete).toBe(true);
  });

  it('draws the new rows down to the cut and keeps the painted ones after it', () => {
    // New: a..f; painted: g, i. Group head (20) + rows of 40: a, b, c start before 120, d at 140.
    const g = groups(LAYOUT, ['a', 'b', 'c', 'd', 'e', 'f']);
    const { shown, complete } = rowsShownNow(g, new Set(['c', 'g', 'i']), 120, HEIGHTS);
    expect(inOrder(g, shown)).toEqual(['a', 'b', 'c', 'g', 'i']);
    expect(complete).toBe(false);
  });

  it('hides rows before the cut that the new filters leave out, even if they were painted', () => {
    const g = groups(LAYOUT, ['c', 'f']);
    const { shown } = rowsShownNow(g, new Set(['a', 'b', 'g']), 70, HEIGHTS);
    // c (20..60) and f (60..100) start before the cut at 70; then g keeps its painted state.
    expect(inOrder(g, shown)).toEqual(['c', 'f', 'g']);
  });

  it('is complete when every new row starts before the cut, so the totals below them are new too', () => {
    const g = groups(LAYOUT, ['a', 'h']);
    expect(rowsShownNow(g, new Set(['k']), 200, HEIGHTS).complete).toBe(true);
    expect(inOrder(g, rowsShownNow(g, new Set(['k']), 200, HEIGHTS).shown)).toEqual(['a', 'h']);
  });

  it('draws the new rows at least down to a given leader (the selected cell, revealed in that frame)', () => {
    const g = groups(LAYOUT, ['a', 'b', 'j']);
    const { shown } = rowsShownNow(g, new Set(['d', 'k']), 30, HEIGHTS, 'j');
    expect(inOrder(g, shown)).toEqual(['a', 'b', 'j', 'k']);
  });

  it('never draws a stale row before the cut: what is on screen is exactly the new rows', () => {
    const ids = LAYOUT.flat();
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.subarray(ids),
        fc.integer({ min: 0, max: 600 }),
        (next, painted, extent) => {
          const g = groups(LAYOUT, next);
          const { shown, complete } = rowsShownNow(g, new Set(painted), extent, HEIGHTS);
          const drawn = inOrder(g, shown);
          const wanted = inOrder(g, new Set(next));
          // The rows from the top down to the cut, by the heights given (lower bounds of the real ones).
          let y = 0;
          const seen: string[] = [];
          for (const group of g) {
            if (y >= extent) break;
            if (group.shown.size > 0) y += HEIGHTS.group;
            for (const row of group.rows) {
              if (y >= extent) break;
              if (group.shown.has(row.person.id)) {
                seen.push(row.person.id);
                y += HEIGHTS.row;
              }
            }
          }
          expect(drawn.slice(0, seen.length)).toEqual(seen);
          expect(wanted.slice(0, seen.length)).toEqual(seen);
          if (complete) expect(drawn).toEqual(wanted);
          // After the cut only painted rows are drawn.
          for (const id of drawn.slice(seen.length)) expect(painted).toContain(id);
        },
      ),
    );
  });
});
