import { describe, expect, it } from 'vitest';
import { viewDomain } from '../../src/model/timelineScale';

describe('viewDomain', () => {
  const extent = { from: '2025-08-06', to: '2025-12-28' };

  it('fills open ends from the extent', () => {
    expect(viewDomain({ from: null, to: null }, extent)).toEqual(extent);
    expect(viewDomain({ from: '2025-09-01', to: null }, extent)).toEqual({
      from: '2025-09-01',
      to: '2025-12-28',
    });
    expect(viewDomain({ from: '2025-09-01', to: '2025-09-10' }, extent)).toEqual({
      from: '2025-09-01',
      to: '2025-09-10',
    });
  });

  it('shows no more than the data for ends far past it', () => {
    expect(viewDomain({ from: '0001-01-01', to: '9999-12-31' }, extent)).toEqual(extent);
    expect(viewDomain({ from: '2025-01-01', to: '2025-09-10' }, extent)).toEqual({
      from: '2025-08-06',
      to: '2025-09-10',
    });
  });

  it('never fills an open end past the set one', () => {
    // "Up to 31 July", before the first event: the days up to it, not 31 July – 6 August.
    expect(viewDomain({ from: null, to: '2025-07-31' }, extent)).toEqual({
      from: '2025-07-29',
      to: '2025-07-31',
    });
    expect(viewDomain({ from: '2025-12-30', to: null }, extent)).toEqual({
      from: '2025-12-30',
      to: '2026-01-01',
    });
    expect(viewDomain({ from: '2030-01-01', to: null }, extent)).toEqual({
      from: '2030-01-01',
      to: '2030-01-03',
    });
  });

  it('turns a reversed range round', () => {
    expect(viewDomain({ from: '2025-09-10', to: '2025-09-01' }, extent)).toEqual({
      from: '2025-09-01',
      to: '2025-09-10',
    });
  });
});
