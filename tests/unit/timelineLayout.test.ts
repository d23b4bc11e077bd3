import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SummitEvent } from '../../src/data/schema';
import { orderedCategories } from '../../src/model/timelineCategories';
import { layoutMetrics, layoutTimeline } from '../../src/model/timelineLayout';
import { packLane, type PackedItem } from '../../src/model/timelinePack';
import { dataExtent } from '../../src/model/timelineScale';
import { estimateTextWidth, fitLabel } from '../../src/model/timelineText';
import { loadFixture } from '../helpers/renderWithStore';

/** A monospace stand-in: 6 px per character, so every expected number below is exact. */
const len6 = (s: string) => s.length * 6;
const opts = { measure: len6, gap: 4, pad: 6, maxRows: 2 };
const item = (id: string, markStart: number, markEnd: number, text: string) => ({
  id,
  markStart,
  markEnd,
  text,
});
const pick = (p: PackedItem) => [p.id, p.row, p.side, p.label?.text ?? null, p.labelStart, p.labelEnd];

describe('fitLabel', () => {
  test('keeps a label, cuts it after a whole word with an ellipsis, or hides it', () => {
    expect(fitLabel('Paris summit', 72, len6)).toEqual({ text: 'Paris summit', truncated: false, width: 72 });
    expect(fitLabel('Paris summit', 71, len6)).toEqual({ text: 'Paris…', truncated: true, width: 36 });
    expect(fitLabel('Paris summit', 35, len6)).toBeNull();
    expect(fitLabel('Zelensky and European leaders', 100, len6)?.text).toBe('Zelensky and…');
    // Never part of a word: every visible word stays a word of the accessible name.
    expect(fitLabel('Zelensky', 40, len6)).toBeNull();
    // Punctuation before the cut goes too.
    expect(fitLabel('Witkoff: Putin agreed', 60, len6)?.text).toBe('Witkoff…');
    expect(fitLabel('2 Mar 2025 · Coalition launched', 90, len6)?.text).toBe('2 Mar 2025…');
  });

  test('never splits a surrogate pair or a grapheme', () => {
    expect(fitLabel('🇫🇷🇬🇧 and 🇮🇹🇺🇦 flags', 60, (s) => Array.from(s).length * 6)?.text).toBe('🇫🇷🇬🇧 and…');
  });

  test('the estimate is generous for capitals and wide letters', () => {
    expect(estimateTextWidth('iiii', 10)).toBeCloseTo(12);
    expect(estimateTextWidth('MMMM', 10)).toBeCloseTo(36);
    expect(estimateTextWidth('Summit', 12)).toBeCloseTo(12 * (0.7 + 0.58 + 0.9 + 0.9 + 0.3 + 0.4));
  });
});

describe('packLane', () => {
  test('events on the same day stack in rows, even beyond maxRows', () => {
    const packed = packLane(
      [item('a', 100, 110, 'Alpha'), item('b', 100, 110, 'Bravo'), item('c', 100, 110, 'Charlie')],
      { x0: 0, x1: 1000 },
      opts,
    );
    expect(packed.map(pick)).toEqual([
      ['a', 0, 'right', 'Alpha', 114, 144],
      ['b', 1, 'right', 'Bravo', 114, 144],
      ['c', 2, 'right', 'Charlie', 114, 156],
    ]);
  });

  test('a later event reuses the first row its mark and label fit in', () => {
    const packed = packLane(
      [item('a', 100, 110, 'Alpha'), item('b', 150, 160, 'Bravo'), item('c', 120, 130, 'Ch')],
      { x0: 0, x1: 1000 },
      opts,
    );
    // a ends at 144 (+6 pad = 150): c at 120 takes row 1, b at 150 fits after a in row 0.
    expect(packed.map(pick)).toEqual([
      ['a', 0, 'right', 'Alpha', 114, 144],
      ['c', 1, 'right', 'Ch', 134, 146],
      ['b', 0, 'right', 'Bravo', 164, 194],
    ]);
  });

  test('when every row is busy, the previous label is shortened, never overlapped', () => {
    const packed = packLane(
      [
        item('a', 100, 110, 'Alphabet soup and more'), // row 0, label 114..246
        item('b', 100, 110, 'Bravo charlie delta'), // row 1, label 114..228
        item('c', 220, 230, 'Charlie'), // both rows busy, maxRows 2: cut b back to end by 214
      ],
      { x0: 0, x1: 1000 },
      opts,
    );
    expect(packed.map(pick)).toEqual([
      ['a', 0, 'right', 'Alphabet soup and more', 114, 246],
      ['b', 1, 'right', 'Bravo charlie…', 114, 198],
      ['c', 1, 'right', 'Charlie', 234, 276],
    ]);
  });

  test('a label is hidden rather than cut to a stub of a name', () => {
    const items = [
      item('a', 100, 110, 'Alpha beta gamma delta epsilon zeta'),
      item('b', 100, 110, 'Trump and Putin meet in Alaska'),
      item('c', 180, 190, 'Charlie'),
    ];
    // Row 1 ends first, and 60 px is room for "Trump and…", which names no event: b keeps no label.
    expect(packLane(items, { x0: 0, x1: 1000 }, opts)[1]?.label).toBeNull();
    expect(packLane(items, { x0: 0, x1: 1000 }, { ...opts, minChars: 4 })[1]?.label?.text).toBe('Trump and…');
  });

  test('…or hidden when not even its first word fits', () => {
    const packed = packLane(
      [item('a', 100, 110, 'Alpha beta gamma'), item('b', 100, 110, 'Bravo'), item('c', 140, 150, 'Charlie')],
      { x0: 0, x1: 1000 },
      opts,
    );
    // Row 1 ends first (144), so b gives way: 20 px is too little for any word.
    expect(packed.map(pick)).toEqual([
      ['a', 0, 'right', 'Alpha beta gamma', 114, 210],
      ['b', 1, 'right', null, 110, 110],
      ['c', 1, 'right', 'Charlie', 154, 196],
    ]);
  });

  test('labels that would run off the right edge go left of the mark', () => {
    const packed = packLane([item('z', 980, 990, 'Zulu')], { x0: 0, x1: 1000 }, opts);
    expect(packed.map(pick)).toEqual([['z', 0, 'left', 'Zulu', 952, 976]]);
  });

  test('a label squeezed against the right edge takes room from the previous label, if both keep one', () => {
    const items = [
      item('a', 100, 110, 'Alphabetical soup and more'), // row 0, label 114..270
      item('b', 100, 110, 'Bravo charlie delta echo'), // row 1, label 114..258
      item('c', 300, 310, 'Charlie delta echo'), // left of its mark; both rows busy, row 1 ends first
    ];
    // Row 1 leaves 300 - 4 - 264 = 32 px; "Charlie delta…" needs 84, so b gives way to "Bravo charlie…".
    expect(packLane(items, { x0: 0, x1: 320 }, opts).map(pick)).toEqual([
      ['a', 0, 'right', 'Alphabetical soup and more', 114, 270],
      ['b', 1, 'right', 'Bravo charlie…', 114, 198],
      ['c', 1, 'left', 'Charlie delta…', 212, 296],
    ]);
    // When giving way would leave b with no label of its own, c goes without.
    const tight = packLane(items, { x0: 0, x1: 320 }, { ...opts, minChars: 17 }).map(pick);
    expect(tight[1]).toEqual(['b', 1, 'right', 'Bravo charlie delta echo', 114, 258]);
    expect(tight[2]?.[3]).toBeNull();
  });

  test('labels are capped while packing, so a later event can share the row; the free room is then given back', () => {
    const title = 'Macron and Zelensky: 26 countries commit to a reassurance force'; // 378 px
    const items = [item('a', 0, 10, title), item('b', 250, 260, 'Bravo')];
    const capped = packLane(items, { x0: 0, x1: 1000 }, { ...opts, maxLabelWidth: 120 }).map(pick);
    // Capped at 120 px, a ends at 134, so b takes the same row; a then widens up to b (250 - 6 px).
    expect(capped).toEqual([
      ['a', 0, 'right', 'Macron and Zelensky: 26 countries…', 14, 218],
      ['b', 0, 'right', 'Bravo', 264, 294],
    ]);
    // Uncapped, a holds its row for 392 px and b needs a second one.
    expect(packLane(items, { x0: 0, x1: 1000 }, opts).map((p) => p.row)).toEqual([0, 1]);
    // Alone in its row, a shortened label takes the whole title.
    const alone = packLane([items[0]!], { x0: 0, x1: 1000 }, { ...opts, maxLabelWidth: 120 });
    expect(alone[0]?.label).toEqual({ text: title, truncated: false, width: 378 });
  });

  test('a label on the left widens only into the room its row has free', () => {
    const items = [item('a', 0, 10, 'Alpha'), item('b', 200, 210, 'Bravo charlie delta echo foxtrot')];
    // b runs off the 220 px edge, so its label goes left, capped at 60 px ("Bravo…"), then widens up
    // to a's end (44 + 6 px).
    const packed = packLane(items, { x0: 0, x1: 220 }, { ...opts, maxLabelWidth: 60 }).map(pick);
    expect(packed).toEqual([
      ['a', 0, 'right', 'Alpha', 14, 44],
      ['b', 0, 'left', 'Bravo charlie delta…', 76, 196],
    ]);
  });

  test('a label cut by the right edge, with nothing after it in its row, turns left to be read whole', () => {
    const title = 'Zulu yankee xray whiskey victor'; // 186 px
    const edge = packLane([item('z', 900, 910, title)], { x0: 0, x1: 1000 }, { ...opts, maxLabelWidth: 60 });
    expect(edge.map(pick)).toEqual([['z', 0, 'left', title, 710, 896]]);
    // With a neighbour after it, it stays on the right: on the left it would read as the previous mark's.
    const between = packLane(
      [item('a', 700, 710, 'Alpha'), item('z', 800, 810, title), item('b', 890, 900, 'Bravo')],
      { x0: 0, x1: 1000 },
      { ...opts, maxLabelWidth: 60, maxRows: 1 },
    ).map(pick);
    expect(between[1]?.[2]).toBe('right');
  });

  test('property: in every row, marks and labels never overlap and stay inside the bounds', () => {
    const arbItem = fc.record({
      start: fc.integer({ min: 0, max: 990 }),
      width: fc.integer({ min: 0, max: 60 }),
      text: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (raw, maxRows) => {
        const items = raw.map((r, i) => item(`e${i}`, r.start, r.start + 10 + r.width, r.text));
        const packed = packLane(items, { x0: 0, x1: 1000 }, { ...opts, maxRows, maxLabelWidth: 120 });
        expect(packed).toHaveLength(items.length);
        const rows = new Map<number, PackedItem[]>();
        for (const p of packed) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
        for (const row of rows.values()) {
          const spans = row
            .map((p) => [Math.min(p.markStart, p.labelStart), Math.max(p.markEnd, p.labelEnd)] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) {
            expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] + opts.pad - 1e-9);
          }
        }
        for (const p of packed) {
          if (p.label === null) continue;
          expect(p.labelStart).toBeGreaterThanOrEqual(0);
          expect(p.labelEnd).toBeLessThanOrEqual(1000 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('layoutTimeline rows per lane', () => {
  // Six talks a day apart, each title too long to end before the next mark.
  const talks: SummitEvent[] = Array.from({ length: 6 }, (_, i) => ({
    id: `t${i}`,
    date: `2025-11-0${i + 1}`,
    datePrecision: 'day',
    title: `Round ${i + 1} of talks in Geneva`,
    description: '',
    category: 'talks',
    entityIds: [],
    personIds: [],
    sourceIds: ['s'],
  }));
  /** A 30-day month (November unless given) of the given lanes, 900 px wide. */
  const layout = (categories: string[], maxRows?: number, events = talks, month = '2025-11') =>
    layoutTimeline({
      events,
      categories,
      domain: { from: `${month}-01`, to: `${month}-30` },
      extent: { from: `${month}-01`, to: `${month}-30` },
      summitDate: '2025-09-04',
      width: 900,
      fontPx: 12,
      measure: len6,
      ...(maxRows === undefined ? {} : { maxRows }),
    });

  test('a lane drawn alone takes the rows its labels need, where three rows cut them', () => {
    const alone = layout(['talks']);
    expect(alone.marks.map((m) => m.row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(alone.marks.every((m) => !m.truncated)).toBe(true);
    expect(layout(['talks'], 3).marks.some((m) => m.truncated)).toBe(true);
  });

  test('a narrowed timeline gives a lane a spare row rather than hide a label', () => {
    const event = (id: string, date: string, category: string, title: string): SummitEvent => ({
      ...talks[0]!,
      id,
      date,
      category,
      title,
    });
    // Six lanes (three rows each by default), one of them an event two days before three same-day ones.
    const events = [
      event('merz', '2025-09-02', 'statement', 'Merz proposes Geneva for a meeting'),
      ...['tusk', 'berlin', 'meloni'].map((id) => event(id, '2025-09-04', 'statement', `${id} on troops`)),
      ...['summit', 'call', 'talks', 'military', 'attack'].map((c) => event(c, '2025-09-10', c, c)),
    ];
    const narrowed = (maxRows?: number) =>
      layout(['summit', 'call', 'talks', 'statement', 'military', 'attack'], maxRows, events, '2025-09');
    const merz = (l: ReturnType<typeof narrowed>) => l.marks.find((m) => m.id === 'merz')!;
    // Held to three rows, the fourth event of the lane cuts Merz's label to nothing.
    expect(merz(narrowed(3)).label).toBeNull();
    const spare = narrowed();
    expect(merz(spare).label).toMatch(/^Merz proposes/);
    expect(spare.lanes.find((l) => l.category === 'statement')?.rows).toBe(4);
    expect(spare.lanes.reduce((n, l) => n + l.rows, 0)).toBeLessThanOrEqual(12);
  });

  test('zoomed in to a few days, a title may take most of its day, past the usual cap', () => {
    const title = 'Putin: foreign troops in Ukraine would be legitimate targets for Russia'; // 426 px at 6 px a letter
    const follower = { ...talks[1]!, date: '2025-11-11', title: 'Round 2' };
    const zoomed = (to: string) =>
      layoutTimeline({
        events: [{ ...talks[0]!, title }, follower],
        categories: ['talks'],
        domain: { from: '2025-11-01', to },
        extent: { from: '2025-11-01', to },
        summitDate: '2025-09-04',
        width: 1200,
        fontPx: 12,
        measure: len6,
      }).marks;
    // Two days over about 1,000 px: the whole title (the usual cap is 17 em, 204 px here).
    expect(zoomed('2025-11-02')[0]).toMatchObject({ label: title, truncated: false });
    // A month over the same width: a day is 33 px, so the cap holds while packing and the event ten
    // days later shares the row; the title then runs up to that event, not over it.
    const [first, second] = zoomed('2025-11-30');
    expect(second!.row).toBe(first!.row);
    expect(first!.truncated).toBe(true);
    expect(first!.labelX + first!.label!.length * 6).toBeLessThanOrEqual(second!.x0);
  });
});

describe('layoutTimeline on the small fixture', () => {
  const summit = loadFixture('valid-small.json');
  const extent = dataExtent(summit.events, summit.meta.date);
  // 6 px per day: plot 198..846 for the 108 days 15 August – 30 November.
  const layout = layoutTimeline({
    events: summit.events,
    categories: orderedCategories(summit.events),
    domain: extent,
    extent,
    summitDate: summit.meta.date,
    width: 858,
    fontPx: 12,
    measure: len6,
  });
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  test('metrics, columns and the plot', () => {
    expect(extent).toEqual({ from: '2025-08-15', to: '2025-11-30' });
    expect(layoutMetrics(12)).toMatchObject({ rowHeight: 24, radius: 5, barHeight: 9, gap: 4, pad: 6 });
    // Lane labels need 54 px ("Statement") + 18; the Background column is 108 px (9 em), then an 18 px break.
    expect(layout.before).toEqual({ x0: 72, x1: 180 });
    expect(layout.after).toBeNull();
    expect(layout.plot).toEqual({ x0: 198, x1: 846, y0: 42, y1: 194 });
    expect([layout.width, layout.height]).toEqual([858, 218]);
    expect(layout.lanes.map((l) => [l.label, l.y, l.height, l.rows])).toEqual([
      ['Summit', 42, 32, 1],
      ['Talks', 74, 32, 1],
      ['Statement', 106, 56, 2],
      ['Sanctions', 162, 32, 1],
    ]);
  });

  test('the three 4 September events share one x in their lanes, over the summit-day band', () => {
    // 4 September is day 20 after 15 August: 198 + 20 × 6 = 318; the dot is centred in the day.
    expect(layout.summitBand).toEqual({ x0: 318, x1: 324 });
    for (const id of ['2025-09-04-summit', '2025-09-04-advisers', '2025-09-04-press']) {
      expect([mark(id).x0, mark(id).x1, mark(id).shape, mark(id).row]).toEqual([316, 326, 'dot', 0]);
    }
    expect(['2025-09-04-summit', '2025-09-04-advisers', '2025-09-04-press'].map((id) => mark(id).y)).toEqual([
      58, 90, 122,
    ]);
  });

  test('a next-day event in the same lane stacks below instead of overlapping', () => {
    expect(mark('2025-09-04-press')).toMatchObject({ label: 'Press conference', hitX1: 428 });
    expect(mark('2025-09-05-moscow')).toMatchObject({
      row: 1,
      y: 146,
      x0: 322,
      x1: 332,
      label: 'Putin replies',
    });
  });

  test('week and month precision are bars over the whole week or month', () => {
    // Week of 20 October: days 66..72 after 15 August.
    expect(mark('2025-10-sanctions')).toMatchObject({
      shape: 'approx',
      x0: 594,
      x1: 636,
      label: 'Sanctions package',
    });
    // November: day 78 to the plot's end; its label cannot fit on the right, so it goes left.
    expect(mark('2025-11-plan')).toMatchObject({
      shape: 'approx',
      x0: 666,
      x1: 846,
      row: 0,
      labelAnchor: 'end',
      labelX: 662,
      label: 'Peace plan drafts',
    });
  });

  test('context rows go to the Background column, greyed and dated', () => {
    expect(mark('2025-03-02-context')).toMatchObject({
      context: true,
      lane: 0,
      row: 0,
      x0: 76,
      x1: 86,
      labelX: 90,
      label: '2 Mar 2025…',
      truncated: true,
    });
  });

  test('keyboard order is date order, a day’s events in the order the dataset lists them, context first', () => {
    expect(layout.order).toEqual([
      '2025-03-02-context',
      '2025-08-15-alaska',
      // The advisers met before the summit: the order they happened, not their lanes' order.
      '2025-09-04-advisers',
      '2025-09-04-summit',
      '2025-09-04-press',
      '2025-09-05-moscow',
      '2025-10-sanctions',
      '2025-11-plan',
    ]);
    expect(layout.marks.map((m) => m.id)).toEqual(layout.order);
  });

  test('every mark has a pointer target at least 24 px wide', () => {
    for (const m of layout.marks) expect(m.hitX1 - m.hitX0).toBeGreaterThanOrEqual(24);
  });
});

describe('layoutTimeline at ten times the real size', () => {
  test('2,000 events spread over five months lay out quickly, every one placed', () => {
    const cats = ['summit', 'call', 'talks', 'statement', 'sanctions', 'military', 'attack', 'pledge'];
    const events: SummitEvent[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      date: `2025-${String(8 + (i % 5)).padStart(2, '0')}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`,
      datePrecision: i % 50 === 0 ? 'week' : 'day',
      title: `Synthetic event number ${i} with a longish title`,
      description: '',
      category: cats[i % cats.length]!,
      entityIds: [],
      personIds: [],
      sourceIds: [],
    }));
    const extent = dataExtent(events, '2025-09-04');
    const run = () =>
      layoutTimeline({
        events,
        categories: cats,
        domain: extent,
        extent,
        summitDate: '2025-09-04',
        width: 1400,
        fontPx: 12,
        measure: (s) => estimateTextWidth(s, 12),
      });
    run(); // warm up
    const t0 = performance.now();
    const layout = run();
    const ms = performance.now() - t0;
    expect(layout.marks).toHaveLength(2000);
    expect(new Set(layout.order).size).toBe(2000);
    // Tens of milliseconds on an idle machine. The bound only catches a quadratic blow-up, not the
    // jitter of a shared, loaded CI machine.
    expect(ms).toBeLessThan(5000);
  });
});
