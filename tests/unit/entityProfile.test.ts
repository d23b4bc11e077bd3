import { deriveEntityProfile } from '../../src/model/entityProfile';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');

describe('deriveEntityProfile', () => {
  it('gathers representatives, positions taken, events in date order and every cited source', () => {
    const p = deriveEntityProfile(summit, 'ita');
    expect(p?.representatives.map((x) => x.id)).toEqual(['meloni']);
    // Meloni's not-stated cell is left out: only positions actually taken.
    expect(p?.stances.map((s) => `${s.question.id}:${s.stance.position}`)).toEqual([
      'troops-after-ceasefire:ambivalent',
      'own-troops:opposes',
    ]);
    expect(p?.events.map((e) => e.id)).toEqual(['2025-09-04-summit']);
    expect(p?.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
  });

  it('returns null for an unknown id', () => {
    expect(deriveEntityProfile(summit, 'atlantis')).toBeNull();
  });
});
