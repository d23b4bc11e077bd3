/**
 * Greedy packing of one lane: marks never overlap and labels never collide.
 *
 * Items are taken left to right. Each goes into the first row whose last occupant (mark and label)
 * ends before it starts, opening new rows up to `maxRows`. When every such row is still busy, the
 * item takes the row whose previous label can be cut back the least, and that label is shortened
 * with "…" or hidden (hidden labels stay reachable by keyboard and in the detail). Only when no
 * row has room even for the mark (several events on one day) does a row beyond `maxRows` open, so
 * same-day events always stack. A label goes left of its mark only when it would run off the right
 * edge; squeezed there by the previous label of its row, that label gives way, as long as both keep a
 * label (the last event of a dense month kept none: "Trump–Zelensky meeting at Mar-a-Lago").
 */
import { fitLabel, shortestLabelWidth, type FittedLabel, type MeasureText } from './timelineText';

export interface PackItem {
  id: string;
  markStart: number;
  markEnd: number;
  text: string;
}

export interface PackedItem extends PackItem {
  row: number;
  side: 'left' | 'right';
  label: FittedLabel | null;
  /** Horizontal extent of the label; equals the mark edge when the label is hidden. */
  labelStart: number;
  labelEnd: number;
}

export interface PackOptions {
  measure: MeasureText;
  /** Space between a mark and its label. */
  gap: number;
  /** Space between one item and the next in a row. */
  pad: number;
  maxRows: number;
  /** Longest label allowed, so one long title does not hold a row for weeks. */
  maxLabelWidth?: number;
  /**
   * Fewest characters a shortened label keeps; shorter, it is hidden. A lone name cut from its title
   * ("Trump…", "Witkoff…") named no event, only cluttered a dense lane.
   */
  minChars?: number;
}

interface Row {
  end: number;
  last: PackedItem;
}

const rowEnd = (p: PackedItem) => Math.max(p.markEnd, p.labelEnd);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function packLane(
  items: readonly PackItem[],
  bounds: { x0: number; x1: number },
  o: PackOptions,
): PackedItem[] {
  const minChars = o.minChars ?? 12;
  const cap = o.maxLabelWidth ?? Infinity;
  const sorted = [...items].sort(
    (a, b) => a.markStart - b.markStart || a.markEnd - b.markEnd || cmp(a.id, b.id),
  );
  const rows: Row[] = [];
  const out: PackedItem[] = [];

  const place = (item: PackItem, row: number, side: 'left' | 'right', limit = Infinity): PackedItem => {
    const sideRoom =
      side === 'right' ? bounds.x1 - (item.markEnd + o.gap) : item.markStart - o.gap - bounds.x0;
    const room = Math.min(cap, limit, sideRoom);
    const label = room > 0 ? fitLabel(item.text, room, o.measure, minChars) : null;
    if (label === null)
      return { ...item, row, side, label, labelStart: item.markEnd, labelEnd: item.markEnd };
    const labelStart = side === 'right' ? item.markEnd + o.gap : item.markStart - o.gap - label.width;
    return { ...item, row, side, label, labelStart, labelEnd: labelStart + label.width };
  };

  for (const item of sorted) {
    const full = Math.min(cap, o.measure(item.text));
    const fitsRight = item.markEnd + o.gap + full <= bounds.x1;
    const fitsLeft = item.markStart - o.gap - full >= bounds.x0;
    const side = fitsRight || !fitsLeft ? 'right' : 'left';
    const start = side === 'left' ? item.markStart - o.gap - full : item.markStart;
    let row = rows.findIndex((r) => r.end + o.pad <= start);
    let packed: PackedItem;
    if (row === -1 && rows.length < o.maxRows) row = rows.length;
    if (row !== -1) packed = place(item, row, side);
    else {
      let best = -1;
      rows.forEach((r, i) => {
        if (r.last.markEnd + o.pad > item.markStart) return;
        if (best === -1 || r.end < (rows[best]?.end ?? Infinity)) best = i;
      });
      const target = rows[best];
      if (target) {
        // Cut back the previous label in that row so it ends before this mark.
        const prev = target.last;
        if (prev.side === 'right' && prev.label !== null && prev.labelEnd + o.pad > item.markStart) {
          const room = item.markStart - o.pad - prev.labelStart;
          prev.label = room > 0 ? fitLabel(prev.text, room, o.measure, minChars) : null;
          prev.labelEnd = prev.label === null ? prev.markEnd : prev.labelStart + prev.label.width;
          if (prev.label === null) prev.labelStart = prev.markEnd;
        }
        // A label that cannot go right takes whatever space is left before the mark.
        const roomLeft = () => item.markStart - o.gap - (rowEnd(prev) + o.pad);
        if (side === 'left' && prev.side === 'right' && prev.label !== null) {
          const need = Math.min(cap, shortestLabelWidth(item.text, o.measure, minChars));
          const room = item.markStart - o.gap - need - o.pad - prev.labelStart;
          const cut = roomLeft() < need && room > 0 ? fitLabel(prev.text, room, o.measure, minChars) : null;
          if (cut !== null) {
            prev.label = cut;
            prev.labelEnd = prev.labelStart + cut.width;
          }
        }
        const limit = side === 'left' ? roomLeft() : Infinity;
        packed = place(item, best, side, limit);
        row = best;
      } else {
        row = rows.length;
        packed = place(item, row, side);
      }
    }
    rows[row] = { end: rowEnd(packed), last: packed };
    out.push(packed);
  }
  widenIntoFreeRoom(out, bounds, o, minChars);
  return out;
}

/**
 * The cap matters only while packing: a shortened label whose row has free room beside it (nothing
 * follows it there, or the next event is weeks away) takes that room once every row is settled, on
 * whichever side of its mark gives it more (a title cut by the plot's right edge may turn left).
 * Left to right, so a label widened is final before its neighbour looks for room.
 */
function widenIntoFreeRoom(
  packed: PackedItem[],
  bounds: { x0: number; x1: number },
  o: PackOptions,
  minChars: number,
) {
  const byRow = new Map<number, PackedItem[]>();
  for (const p of packed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  for (const row of byRow.values()) {
    row.forEach((p, i) => {
      if (p.label !== null && !p.label.truncated) return;
      const prev = row[i - 1];
      const next = row[i + 1];
      const right =
        (next ? Math.min(next.markStart, next.labelStart) - o.pad : bounds.x1) - (p.markEnd + o.gap);
      const left = p.markStart - o.gap - (prev ? rowEnd(prev) + o.pad : bounds.x0);
      // Only a label cut by the plot's edge turns: between two marks, a label on the left would
      // read as the previous mark's.
      const side = p.side === 'left' || (!next && left > right) ? 'left' : 'right';
      const room = side === 'left' ? left : right;
      const label = room > 0 ? fitLabel(p.text, room, o.measure, minChars) : null;
      if (label === null || label.width <= (p.label?.width ?? 0)) return;
      p.side = side;
      p.label = label;
      p.labelStart = side === 'right' ? p.markEnd + o.gap : p.markStart - o.gap - label.width;
      p.labelEnd = p.labelStart + label.width;
    });
  }
}

/** Rows used by a packed lane (at least one). */
export function rowCount(packed: readonly PackedItem[]): number {
  return packed.reduce((n, p) => Math.max(n, p.row + 1), 1);
}
