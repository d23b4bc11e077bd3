import { describe, expect, it } from 'vitest';
import { calloutFor } from '../../src/model/timelineCallout';
import type { MarkLayout } from '../../src/model/timelineLayout';

const measure = (text: string) => text.length * 6;
const mark = (x: number, label: string | null, truncated = false): MarkLayout => ({
  id: 'e',
  lane: 0,
  row: 0,
  y: 50,
  shape: 'dot',
  x0: x - 4,
  x1: x + 4,
  clipStart: false,
  clipEnd: false,
  context: false,
  label,
  labelX: x + 8,
  labelAnchor: 'start',
  truncated,
  hitX0: x - 10,
  hitX1: x + 10,
});
const title = 'Putin: foreign troops would be legitimate targets';
/** The callout of a mark at x on a 1,000 px chart whose row has `occupied` spans. */
const amid = (x: number, occupied: [number, number][], label: string | null = null) =>
  calloutFor(mark(x, label, label !== null), title, 1000, 20, measure, occupied);

describe('calloutFor', () => {
  it('adds nothing when the mark already shows its whole title', () => {
    expect(calloutFor(mark(100, title), title, 1000, 20, measure)).toBeNull();
  });

  it('names a chosen mark whose label was hidden or cut, right of it when the title fits there', () => {
    for (const m of [mark(100, null), mark(100, 'Putin: foreign…', true)]) {
      const c = calloutFor(m, title, 1000, 20, measure);
      expect(c).toMatchObject({ text: title, x: 104 + 6, y: 50 - 10 + 1, height: 18, textY: 50 });
      expect(c!.width).toBe(measure(title) + 8);
      expect(c!.textX).toBe(c!.x + 4);
    }
  });

  it('goes left near the right edge, and cuts between words only when neither side has room', () => {
    const left = calloutFor(mark(900, null), title, 1000, 20, measure)!;
    expect(left.text).toBe(title);
    expect(left.x + left.width).toBe(896 - 6);
    const cramped = calloutFor(mark(150, null), title, 300, 20, measure)!;
    expect(cramped.text).toMatch(/^Putin: foreign.*…$/);
    expect(cramped.x).toBeGreaterThanOrEqual(0);
    expect(cramped.x + cramped.width).toBeLessThanOrEqual(300);
  });

  it("keeps clear of the other events' marks and labels in its row, cut to the free room", () => {
    // The left side is roomier, but another event's label runs to x = 850 there: the callout takes
    // the free room on the right instead, cut between words, over nothing.
    expect(calloutFor(mark(900, null), title, 1100, 20, measure)!.x).toBeLessThan(896);
    const c = calloutFor(mark(900, null), title, 1100, 20, measure, [[600, 850]])!;
    expect(c.x).toBe(904 + 6);
    expect(c.x + c.width).toBeLessThanOrEqual(1100);
    expect(c.text).toMatch(/^Putin: foreign .*…$/);
    // Free on the left from 706: the whole title fits there, clear of the label before it.
    const left = amid(900, [
      [300, 500],
      [950, 990],
    ])!;
    expect(left.text).toBe(title);
    expect(left.x).toBeGreaterThanOrEqual(500 + 6);
    expect(left.x + left.width).toBeLessThanOrEqual(896 - 6);
  });

  it('covers a neighbour only to name a dot that has no label, where the free room holds too little', () => {
    const neighbours: [number, number][] = [
      [420, 490],
      [510, 560],
    ];
    const c = amid(500, neighbours)!;
    expect(c.text).toBe(title);
    expect(c.x).toBe(504 + 6);
    // With a cut label of its own, the mark keeps it rather than cover its neighbours.
    expect(amid(500, neighbours, 'Putin: foreign…')).toBeNull();
    // Nor is there a callout that would say no more than that label.
    expect(
      amid(
        500,
        [
          [300, 340],
          [660, 700],
        ],
        'Putin: foreign troops…',
      ),
    ).toBeNull();
  });
});
