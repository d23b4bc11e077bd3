/**
 * Keyboard movement in the stance grid (WAI-ARIA grid pattern). Coordinates: row -1 is the header
 * row, rows 0..rowCount-1 are people; column 0 is the row header (names), 1..colCount are questions.
 */
export interface GridPos {
  row: number;
  col: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const PAGE = 5;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The new position for a key, or null if the key does not move focus. */
export function moveInGrid(pos: GridPos, event: GridKey, rowCount: number, colCount: number): GridPos | null {
  const lastRow = rowCount - 1;
  const ctrl = event.ctrlKey === true || event.metaKey === true;
  const at = (row: number, col: number): GridPos => ({
    row: clamp(row, -1, lastRow),
    col: clamp(col, 0, colCount),
  });
  switch (event.key) {
    case 'ArrowRight':
      return at(pos.row, pos.col + 1);
    case 'ArrowLeft':
      return at(pos.row, pos.col - 1);
    case 'ArrowDown':
      return at(pos.row + 1, pos.col);
    case 'ArrowUp':
      return at(pos.row - 1, pos.col);
    case 'PageDown':
      return at(pos.row + PAGE, pos.col);
    case 'PageUp':
      return at(pos.row - PAGE, pos.col);
    case 'Home':
      return ctrl ? at(-1, 0) : at(pos.row, 0);
    case 'End':
      return ctrl ? at(lastRow, colCount) : at(pos.row, colCount);
    default:
      return null;
  }
}

export function navKey(pos: GridPos): string {
  return `${pos.row}:${pos.col}`;
}
