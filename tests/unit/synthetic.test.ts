// @vitest-environment node
import { isIso3 } from '../../src/data/iso3';
import { MAX_DATASET_BYTES, parseSummitText } from '../../src/data/parseSummit';
import type { Summit } from '../../src/data/schema';
import { mulberry32 } from '../../bench/random';
import {
  EVENT_CATEGORIES,
  FIRST_DAY,
  LAST_DAY,
  SYNTHETIC_COUNTS,
  syntheticText,
} from '../../bench/synthetic';

const text = syntheticText(42);

function parsed(source: string): Summit {
  const result = parseSummitText(source);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.summit;
}

describe('the 10× synthetic dataset (npm run gen:synthetic)', () => {
  const summit = parsed(text);

  it('passes the same validation as the app, under the 5 MB limit', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_DATASET_BYTES);
  });

  it('has the 10× counts, with a stance for every person × question', () => {
    expect(summit.entities).toHaveLength(SYNTHETIC_COUNTS.entities);
    expect(summit.people).toHaveLength(SYNTHETIC_COUNTS.people);
    expect(summit.questions).toHaveLength(SYNTHETIC_COUNTS.questions);
    expect(summit.events).toHaveLength(SYNTHETIC_COUNTS.events);
    expect(summit.sources).toHaveLength(SYNTHETIC_COUNTS.sources);
    expect(summit.stances).toHaveLength(SYNTHETIC_COUNTS.people * SYNTHETIC_COUNTS.questions);
    expect(summit.stances.some((s) => s.position === 'not-stated')).toBe(true);
  });

  it('uses every real ISO alpha-3 code once for countries; the rest are organisations', () => {
    const countries = summit.entities.filter((e) => e.kind === 'country');
    const codes = countries.map((e) => e.iso3 ?? '');
    expect(codes.every(isIso3)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(countries.length).toBeGreaterThan(240);
    expect(summit.entities.filter((e) => e.kind === 'organization')).toHaveLength(400 - countries.length);
    expect(countries.find((e) => e.id === 'fra')?.participation.role).toBe('host');
  });

  it('has events in the real categories and date range, with week, month and context rows', () => {
    const categories = new Set(summit.events.map((e) => e.category));
    expect([...categories].sort()).toEqual([...EVENT_CATEGORIES].sort());
    for (const event of summit.events) {
      expect(event.date >= FIRST_DAY && event.date <= LAST_DAY).toBe(true);
      if (event.endDate !== undefined) expect(event.endDate <= LAST_DAY).toBe(true);
    }
    const precisions = new Set(summit.events.map((e) => e.datePrecision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'week']);
    expect(summit.events.some((e) => e.context === true)).toBe(true);
  });

  it('links only to example.org over http(s)', () => {
    for (const source of summit.sources) expect(source.url).toMatch(/^https?:\/\/example\.org\//);
  });

  it('is deterministic: the same seed gives identical text, another seed different text', () => {
    expect(syntheticText(42)).toBe(text);
    const other = syntheticText(7);
    expect(other).not.toBe(text);
    expect(parsed(other).events).toHaveLength(SYNTHETIC_COUNTS.events);
  });

  it('draws from a reproducible PRNG in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
