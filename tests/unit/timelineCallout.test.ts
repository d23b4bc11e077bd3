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
});
