import type { Summit } from '../../src/data/schema';
import { citationText, exportFilename, isoDay, slug, sourceLine } from '../../src/export/citation';
import { loadFixture } from '../helpers/renderWithStore';

const summit: Summit = loadFixture('valid-small.json');
const url = 'https://atlas.example/?view=map&e=fra,gbr';

describe('citation', () => {
  it('names the app, dataset version and update, the view URL and the day it was accessed', () => {
    expect(citationText(summit, url, new Date(2026, 0, 5, 23, 59))).toBe(
      'Summit Atlas, dataset v0.0.1-test (2025-12-31), https://atlas.example/?view=map&e=fra,gbr, accessed 2026-01-05',
    );
  });

  it('writes the local calendar day with zero padding', () => {
    expect(isoDay(new Date(2025, 8, 4, 0, 0))).toBe('2025-09-04');
  });
});

describe('source line', () => {
  it('gives the version, the number of sources and the view URL', () => {
    expect(sourceLine(summit, url)).toBe(
      'Source: Summit Atlas dataset v0.0.1-test (updated 2025-12-31) — 3 sources, see https://atlas.example/?view=map&e=fra,gbr',
    );
    expect(sourceLine(summit)).toBe(
      'Source: Summit Atlas dataset v0.0.1-test (updated 2025-12-31) — 3 sources',
    );
  });

  it('says "1 source" for one', () => {
    const one = { ...summit, sources: summit.sources.slice(0, 1) };
    expect(sourceLine(one)).toMatch(/— 1 source$/);
  });
});

describe('file names', () => {
  it('carry the dataset version and what they hold, in safe characters', () => {
    expect(exportFilename(summit, 'map', 'svg')).toBe('summit-atlas-v0.0.1-test-map.svg');
    expect(exportFilename(summit, 'stances-filtered', 'csv')).toBe(
      'summit-atlas-v0.0.1-test-stances-filtered.csv',
    );
    expect(slug('Élysée / 2025 "draft"')).toBe('elysee-2025-draft');
    expect(slug('Зеленський')).toBe('summit');
  });
});
