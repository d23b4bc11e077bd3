/**
 * Keyboard travel on the map: an arrow key moves to the nearest mark in that direction, on screen.
 * Only marks inside a 60° cone either side of the arrow count (the four cones overlap, so every
 * mark is in some direction from every other); off-axis distance counts double, so "right" from
 * France prefers Germany over Norway. With nothing in the cone, focus stays put.
 */
import type { Point } from './mapProjection';

export const DIRECTIONS = ['left', 'right', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface NavPoint {
  id: string;
  at: Point;
}

const KEY_TO_DIRECTION: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function directionOfKey(key: string): Direction | null {
  return KEY_TO_DIRECTION[key] ?? null;
}

/** Distance along the arrow (positive = ahead) and across it; screen y grows downwards. */
function axes(dir: Direction, dx: number, dy: number): [number, number] {
  switch (dir) {
    case 'right':
      return [dx, Math.abs(dy)];
    case 'left':
      return [-dx, Math.abs(dy)];
    case 'down':
      return [dy, Math.abs(dx)];
    case 'up':
      return [-dy, Math.abs(dx)];
  }
}

const CONE = Math.tan((60 * Math.PI) / 180);

/** The id to move to from `fromId` with an arrow, or null when nothing lies that way. */
export function nextInDirection(points: readonly NavPoint[], fromId: string, dir: Direction): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  let best: { id: string; score: number } | null = null;
  for (const p of points) {
    if (p.id === fromId) continue;
    const [ahead, across] = axes(dir, p.at[0] - from.at[0], p.at[1] - from.at[1]);
    if (ahead <= 0.5 || across > ahead * CONE) continue;
    const score = Math.hypot(ahead, across) + across;
    if (!best || score < best.score || (score === best.score && p.id < best.id)) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

/** Reading order (rows of 40 px, then left to right): where Home/End go and where travel starts. */
export function readingOrder(points: readonly NavPoint[], row = 40): string[] {
  return [...points]
    .sort(
      (a, b) =>
        Math.floor(a.at[1] / row) - Math.floor(b.at[1] / row) || a.at[0] - b.at[0] || (a.id < b.id ? -1 : 1),
    )
    .map((p) => p.id);
}
