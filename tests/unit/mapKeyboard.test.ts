import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directionOfKey, nextInDirection, readingOrder, type NavPoint } from '../../src/model/mapKeyboard';
import { layoutEntities, projectShapes } from '../../src/model/mapMarkers';
import { baseProjection } from '../../src/model/mapProjection';
import { decodeWorld } from '../../src/model/mapWorld';
import { loadFixture } from '../helpers/renderWithStore';

//   a(0,0)     b(100,0)
//        c(50,40)        d(200,30)
//   e(0,100)
const grid: NavPoint[] = [
  { id: 'a', at: [0, 0] },
  { id: 'b', at: [100, 0] },
  { id: 'c', at: [50, 40] },
  { id: 'd', at: [200, 30] },
  { id: 'e', at: [0, 100] },
];

describe('nextInDirection', () => {
  it('moves to the nearest mark in the arrow direction, off-axis distance counting double', () => {
    // right from a: c scores hypot(50,40)+40 = 104.03, b scores 100 → b.
    expect(nextInDirection(grid, 'a', 'right')).toBe('b');
    expect(nextInDirection(grid, 'b', 'right')).toBe('d');
    // down from a: e scores 100, c scores hypot(40,50)+50 = 114.03 → e.
    expect(nextInDirection(grid, 'a', 'down')).toBe('e');
  });

  it('returns null when nothing lies within 60° of the arrow', () => {
    expect(nextInDirection(grid, 'a', 'left')).toBeNull();
    expect(nextInDirection(grid, 'a', 'up')).toBeNull();
    expect(nextInDirection(grid, 'd', 'right')).toBeNull();
    expect(nextInDirection(grid, 'zzz', 'right')).toBeNull();
  });

  it('ignores marks beyond the cone even when they are closer', () => {
    const pts: NavPoint[] = [
      { id: 'o', at: [0, 0] },
      { id: 'steep', at: [10, 30] }, // 71.6° off the right arrow
      { id: 'far', at: [300, 100] }, // 18.4° off
    ];
    expect(nextInDirection(pts, 'o', 'right')).toBe('far');
  });

  it('breaks exact ties by id', () => {
    const pts: NavPoint[] = [
      { id: 'o', at: [0, 0] },
      { id: 'y', at: [10, 5] },
      { id: 'x', at: [10, -5] },
    ];
    expect(nextInDirection(pts, 'o', 'right')).toBe('x');
  });
});

describe('readingOrder and keys', () => {
  it('reads in 40 px rows, left to right', () => {
    expect(readingOrder(grid)).toEqual(['a', 'b', 'd', 'c', 'e']);
  });

  it('maps arrow keys to directions', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(directionOfKey)).toEqual([
      'left',
      'right',
      'up',
      'down',
      null,
    ]);
  });
});

describe('on the fixture, at the 800 × 480 Europe view', () => {
  const world = decodeWorld(JSON.parse(readFileSync('public/geo/world.topo.json', 'utf8')));
  const projection = baseProjection(800, 480);
  const layout = layoutEntities(
    world,
    projectShapes(world, projection),
    loadFixture('valid-small.json').entities,
    projection,
  );
  const nav: NavPoint[] = layout.marks.map((m) => ({ id: m.entityId, at: m.anchor }));
  const moves = (id: string) =>
    (['left', 'right', 'up', 'down'] as const).map((d) => nextInDirection(nav, id, d));

  it('gives each participant its spatial neighbours [left, right, up, down]', () => {
    expect(moves('fra')).toEqual(['usa', 'lux', 'lux', null]); // Italy is 68° off "down"
    expect(moves('gbr')).toEqual(['usa', 'lux', null, 'fra']);
    expect(moves('ita')).toEqual(['fra', 'ukr', 'lux', null]);
    expect(moves('lux')).toEqual(['fra', 'ita', 'gbr', 'fra']);
    expect(moves('ukr')).toEqual(['lux', 'rus', 'rus', null]);
    expect(moves('usa')).toEqual([null, 'fra', null, null]);
    expect(moves('rus')).toEqual(['ukr', null, null, 'ukr']);
  });

  it('reaches every mark from France', () => {
    const seen = new Set(['fra']);
    const queue = ['fra'];
    while (queue.length > 0) {
      for (const next of moves(queue.shift()!)) {
        if (next === null || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual(nav.map((p) => p.id).sort());
  });
});
