import { describe, expect, it } from 'vitest';
import { moveInGrid, navKey } from '../../src/model/matrixNavigation';

// 7 people (rows 0..6, header row -1), 3 questions (cols 1..3, names in col 0).
const move = (row: number, col: number, key: string, ctrlKey = false) =>
  moveInGrid({ row, col }, { key, ctrlKey }, 7, 3);

describe('grid keyboard movement', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(move(0, 1, 'ArrowRight')).toEqual({ row: 0, col: 2 });
    expect(move(0, 3, 'ArrowRight')).toEqual({ row: 0, col: 3 });
    expect(move(0, 0, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
    expect(move(0, 1, 'ArrowUp')).toEqual({ row: -1, col: 1 });
    expect(move(-1, 1, 'ArrowUp')).toEqual({ row: -1, col: 1 });
    expect(move(6, 1, 'ArrowDown')).toEqual({ row: 6, col: 1 });
  });

  it('Home/End stay in the row; Ctrl+Home/End go to the first and last cells', () => {
    expect(move(3, 2, 'Home')).toEqual({ row: 3, col: 0 });
    expect(move(3, 2, 'End')).toEqual({ row: 3, col: 3 });
    expect(move(3, 2, 'Home', true)).toEqual({ row: -1, col: 0 });
    expect(move(3, 2, 'End', true)).toEqual({ row: 6, col: 3 });
  });

  it('pages by five rows and ignores other keys', () => {
    expect(move(0, 1, 'PageDown')).toEqual({ row: 5, col: 1 });
    expect(move(2, 1, 'PageUp')).toEqual({ row: -1, col: 1 });
    expect(move(0, 1, 'a')).toBeNull();
  });

  it('keys positions', () => {
    expect(navKey({ row: -1, col: 2 })).toBe('-1:2');
  });
});
