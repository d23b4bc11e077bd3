import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTENDANCES, PLEDGE_STATUSES, ROLES } from '../../src/data/schema';
import {
  categoriesFor,
  categoryOf,
  isParticipant,
  isUnconfirmedPledge,
  legendCounts,
  NOT_TAKING_PART,
  patternId,
} from '../../src/model/mapColors';
import { COLOR_BYS } from '../../src/state/viewState';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const counts = (colorBy: (typeof COLOR_BYS)[number]) =>
  Object.fromEntries(legendCounts(summit.entities, colorBy).map((r) => [r.category.value, r.count]));

describe('legendCounts on the fixture', () => {
  it('counts roles, leaving out a role no entity has', () => {
    expect(counts('role')).toEqual({
      host: 1,
      'co-chair': 1,
      member: 4,
      guest: 1,
      'non-participant': 1,
    });
  });

  it('counts attendance, with non-participants apart', () => {
    expect(counts('attendance')).toEqual({
      'in-person': 2,
      video: 4,
      partial: 1,
      'non-participant': 1,
    });
  });

  it('counts pledges, with entities without one as "no pledge recorded"', () => {
    expect(counts('pledge')).toEqual({
      'ready-to-deploy': 2,
      'rules-out-troops': 1,
      undisclosed: 1,
      'not-applicable': 1,
      none: 2,
      'non-participant': 1,
    });
  });

  it('lists only the values the whole dataset uses, keeping a filtered-out one at 0', () => {
    const host = summit.entities.filter((e) => e.participation.role === 'host');
    const rows = legendCounts(host, 'role', summit.entities);
    expect(Object.fromEntries(rows.map((r) => [r.category.value, r.count]))).toEqual({
      host: 1,
      'co-chair': 0,
      member: 0,
      guest: 0,
      'non-participant': 0,
    });
  });

  it('always adds up to the number of entities counted', () => {
    for (const colorBy of COLOR_BYS) {
      const total = legendCounts(summit.entities, colorBy).reduce((n, r) => n + r.count, 0);
      expect(total).toBe(summit.entities.length);
    }
  });
});

describe('palette', () => {
  const css = readFileSync('src/styles/base.css', 'utf8');

  it('covers every value of every dimension, in schema order', () => {
    expect(categoriesFor('role').map((c) => c.value)).toEqual([...ROLES]);
    expect(categoriesFor('attendance').map((c) => c.value)).toEqual([...ATTENDANCES, 'non-participant']);
    expect(categoriesFor('pledge').map((c) => c.value)).toEqual([
      ...PLEDGE_STATUSES,
      'none',
      'non-participant',
    ]);
  });

  it('never lets colour alone carry meaning: each category of a dimension has its own pattern', () => {
    for (const colorBy of COLOR_BYS) {
      const patterns = categoriesFor(colorBy).map((c) => c.pattern);
      expect(new Set(patterns).size, colorBy).toBe(patterns.length);
    }
    const att = categoriesFor('attendance');
    expect(att.find((c) => c.value === 'video')?.pattern).toBe('hatch');
    expect(categoriesFor('pledge').find((c) => c.value === 'undisclosed')?.pattern).toBe('dots');
  });

  it('uses only theme tokens from base.css (Okabe–Ito or muted)', () => {
    for (const colorBy of COLOR_BYS)
      for (const c of categoriesFor(colorBy)) expect(css, c.color).toContain(`${c.color}:`);
  });

  it('draws non-participants muted and cross-hatched in every dimension', () => {
    const russia = summit.entities.find((e) => e.id === 'rus')!;
    expect(isParticipant(russia)).toBe(false);
    for (const colorBy of COLOR_BYS) expect(categoryOf(russia, colorBy)).toBe(NOT_TAKING_PART);
    expect(NOT_TAKING_PART).toMatchObject({ color: '--muted-fill', pattern: 'cross' });
  });

  it('builds DOM-safe pattern ids', () => {
    expect(patternId('map-geo', 'role', categoriesFor('role')[1]!)).toBe('map-geo-role-co-chair');
  });
});

describe('isUnconfirmedPledge', () => {
  const lux = summit.entities.find((e) => e.id === 'lux')!;
  const low = { ...lux, pledge: { ...lux.pledge!, confidence: 'low' as const } };

  it('marks a participant whose pledge has low confidence, only when the map shows pledges', () => {
    expect(isUnconfirmedPledge(low, 'pledge')).toBe(true);
    expect(isUnconfirmedPledge(low, 'role')).toBe(false);
    expect(isUnconfirmedPledge(low, 'attendance')).toBe(false);
  });

  it('leaves moderate or high confidence, no pledge and non-participants plain', () => {
    expect(isUnconfirmedPledge(lux, 'pledge')).toBe(false);
    expect(isUnconfirmedPledge({ ...low, pledge: undefined }, 'pledge')).toBe(false);
    const outsider = { ...low, participation: { ...low.participation, role: 'non-participant' as const } };
    expect(isUnconfirmedPledge(outsider, 'pledge')).toBe(false);
  });
});
