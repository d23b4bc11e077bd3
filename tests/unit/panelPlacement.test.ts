import { describe, expect, it } from 'vitest';
import { placeBeside, scrollToReveal, type Box } from '../../src/model/panelPlacement';
import { placeNear } from '../../src/model/tooltipPlacement';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeBeside', () => {
  const viewport = { width: 1440, height: 900 };
  const panel = { width: 432, height: 560 };

  it('puts the card right of a cell when it fits there, top-aligned with it', () => {
    const cell = box(300, 400, 84, 40);
    expect(placeBeside(cell, { width: 432, height: 300 }, viewport)).toEqual({
      kind: 'beside',
      left: 396,
      top: 388,
    });
    // A tall card is lifted to stay on screen.
    expect(placeBeside(cell, panel, viewport)).toEqual({ kind: 'beside', left: 396, top: 900 - 16 - 560 });
  });

  it('puts the card left of a cell near the right edge, and never over the cell', () => {
    const cell = box(1000, 450, 84, 40);
    const p = placeBeside(cell, panel, viewport);
    expect(p.kind).toBe('beside');
    if (p.kind !== 'beside') return;
    expect(p.left).toBe(1000 - 12 - 432);
    expect(overlaps(cell, box(p.left, p.top, panel.width, panel.height))).toBe(false);
  });

  it('narrows the card to stay right of its cell, down to a minimum width, rather than cover the left', () => {
    // 375 px to the right of the cell: the card takes them, and never reaches the window's margin.
    const cell = box(950, 450, 84, 40);
    const p = placeBeside(cell, panel, viewport, undefined, 320);
    expect(p).toMatchObject({ kind: 'beside', left: 950 + 84 + 12, width: 1440 - 16 - (950 + 84 + 12) });
    // 328 px there, under a minimum of 340: the card goes left at its own width, as with no minimum.
    const left = placeBeside(box(1000, 450, 84, 40), panel, viewport, undefined, 340);
    expect(left).toEqual({ kind: 'beside', left: 1000 - 12 - 432, top: expect.any(Number) });
    // Room for the whole card: no width is set.
    expect(placeBeside(box(300, 400, 84, 40), panel, viewport, undefined, 320)).not.toHaveProperty('width');
  });

  it("on the left, clears the row's name too when there is room, else only the cell", () => {
    const name = box(760, 450, 170, 40);
    const cell = box(1010, 450, 84, 40);
    const p = placeBeside(cell, panel, viewport, name);
    expect(p).toMatchObject({ kind: 'beside', left: 760 - 12 - 432 });
    if (p.kind !== 'beside') return;
    expect(overlaps(name, box(p.left, p.top, panel.width, panel.height))).toBe(false);
    // No room left of the name: the card still clears the cell.
    const cramped = placeBeside(box(1100, 450, 84, 40), panel, viewport, box(200, 450, 170, 40));
    expect(cramped).toMatchObject({ kind: 'beside', left: 1100 - 12 - 432 });
    // Room on the right: the name does not matter.
    expect(placeBeside(box(300, 400, 84, 40), panel, viewport, box(100, 400, 170, 40))).toMatchObject({
      left: 396,
    });
  });

  it('keeps the card inside the viewport vertically while its cell is on screen', () => {
    const low = placeBeside(box(300, 800, 84, 40), panel, viewport);
    expect(low).toMatchObject({ kind: 'beside', top: 900 - 16 - 560 });
    const high = placeBeside(box(300, 30, 84, 40), panel, viewport);
    expect(high).toMatchObject({ kind: 'beside', top: 18 });
  });

  it('moves the card with a cell leaving the window, level with it, never pinned on screen without it', () => {
    const place = (cell: Box) => {
      const p = placeBeside(cell, panel, viewport);
      return p.kind === 'beside' ? box(p.left, p.top, panel.width, panel.height) : null;
    };
    for (const top of [10, -20, -200, -1000]) {
      const card = place(box(300, top, 84, 40));
      expect(card?.top).toBe(top - 12);
    }
    for (const top of [870, 900, 1200, 2000]) {
      const card = place(box(300, top, 84, 40));
      expect(card?.bottom).toBe(top + 40);
    }
    // No jump where the rule takes over: a pixel of scroll moves the card at most a pixel.
    for (const top of [27, 28, 29, 843, 844, 845]) {
      const a = place(box(300, top, 84, 40));
      const b = place(box(300, top + 1, 84, 40));
      expect(Math.abs((b?.top ?? 0) - (a?.top ?? 0))).toBeLessThanOrEqual(1);
    }
  });

  it('falls back to a bottom sheet when neither side has room (a phone)', () => {
    expect(
      placeBeside(box(150, 400, 84, 40), { width: 358, height: 500 }, { width: 390, height: 844 }),
    ).toEqual({
      kind: 'sheet',
    });
  });

  it('never covers the cell, wherever it is on a laptop screen', () => {
    for (let x = 0; x <= 1440 - 84; x += 37) {
      for (let y = 0; y <= 900 - 40; y += 53) {
        const cell = box(x, y, 84, 40);
        const p = placeBeside(cell, panel, viewport);
        if (p.kind === 'sheet') continue;
        expect(overlaps(cell, box(p.left, p.top, panel.width, panel.height)), `cell at ${x},${y}`).toBe(
          false,
        );
        expect(p.left).toBeGreaterThanOrEqual(16);
        expect(p.left + panel.width).toBeLessThanOrEqual(1440 - 16);
      }
    }
  });
});

describe('scrollToReveal', () => {
  const scroller = box(0, 0, 600, 400);
  const padding = { top: 80, right: 0, bottom: 60, left: 160 };

  it('does not move a target already clear of the sticky header, totals and name column', () => {
    expect(scrollToReveal(box(200, 100, 80, 40), scroller, padding)).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls down so a target below sits above the sticky totals', () => {
    expect(scrollToReveal(box(200, 700, 80, 40), scroller, padding)).toEqual({ dx: 0, dy: 740 - 340 });
  });

  it('scrolls back so a target under the sticky header or name column is shown', () => {
    expect(scrollToReveal(box(100, 20, 80, 40), scroller, padding)).toEqual({ dx: -60, dy: -60 });
  });

  it('shows the start of a target taller than the box', () => {
    expect(scrollToReveal(box(200, 500, 80, 900), scroller, padding).dy).toBe(500 - 80);
  });
});

describe('placeNear', () => {
  const tip = { width: 260, height: 120 };

  it('sits below-right of a point in the top-left half, above-left of one in the bottom-right', () => {
    expect(placeNear([100, 50], tip, { width: 900, height: 500 })).toEqual({ left: 114, top: 64 });
    expect(placeNear([800, 450], tip, { width: 900, height: 500 })).toEqual({ left: 526, top: 316 });
  });

  it('takes the other side when the roomier one is still too small', () => {
    // Right of centre, but the left has only 386 px for 260 + 14: it still fits there.
    expect(placeNear([400, 50], tip, { width: 700, height: 500 }).left).toBe(126);
    // Left of centre on a narrow map, and 140 px is too little on the left: to the right.
    expect(placeNear([140, 50], tip, { width: 420, height: 500 }).left).toBe(154);
  });

  it('on a phone-width map, where neither side has room, stays inside and clear of the point vertically', () => {
    const bounds = { width: 350, height: 300 };
    const at: [number, number] = [180, 80];
    const { left, top } = placeNear(at, tip, bounds);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + tip.width).toBeLessThanOrEqual(bounds.width);
    expect(top).toBe(94); // below the point, not over it
    expect(placeNear([250, 80], tip, bounds).left).toBe(90); // flush with the right edge
  });
});
