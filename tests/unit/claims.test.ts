import type { Summit } from '../../src/data/schema';
import { claimStatusCounts, pairClaims } from '../../src/model/claims';
import { loadFixture } from '../helpers/renderWithStore';

const small = loadFixture('valid-small.json');

describe('pairClaims', () => {
  it('pairs the claim and its claimant with the correction and its sources', () => {
    const [pair] = pairClaims(small);
    expect(pair?.id).toBe('claim-room');
    expect(pair?.status).toBe('corrected');
    expect(pair?.text).toBe('Starmer was in the room.');
    expect(pair?.claimant?.id).toBe('src-c');
    expect(pair?.claimant?.publisher).toBe('Le Monde');
    expect(pair?.correction).toBe('Starmer joined by video from Glasgow.');
    expect(pair?.checkSources.map((s) => s.id)).toEqual(['src-b']);
  });

  it('orders corrected, disputed, unverified, confirmed, keeping dataset order within a status', () => {
    const claim = (id: string, status: Summit['claims'][number]['status']) => ({
      id,
      text: id,
      claimedBy: 'src-a',
      status,
      sourceIds: ['src-b'],
    });
    const summit: Summit = {
      ...small,
      claims: [
        claim('c1', 'confirmed'),
        claim('u1', 'unverified'),
        claim('x1', 'corrected'),
        claim('d1', 'disputed'),
        claim('x2', 'corrected'),
      ],
    };
    const pairs = pairClaims(summit);
    expect(pairs.map((p) => p.id)).toEqual(['x1', 'x2', 'd1', 'u1', 'c1']);
    expect(claimStatusCounts(pairs)).toEqual([
      { status: 'corrected', count: 2 },
      { status: 'disputed', count: 1 },
      { status: 'unverified', count: 1 },
      { status: 'confirmed', count: 1 },
    ]);
  });

  it('copes with an unknown claimant, unknown check sources and a missing or blank correction', () => {
    const summit: Summit = {
      ...small,
      claims: [
        {
          id: 'a',
          text: 'A',
          claimedBy: 'src-nope',
          status: 'unverified',
          sourceIds: ['src-x', 'src-c', 'src-c'],
        },
        { id: 'b', text: 'B', claimedBy: 'src-a', status: 'confirmed', correction: '  ', sourceIds: [] },
      ],
    };
    const [a, b] = pairClaims(summit);
    expect(a?.claimant).toBeNull();
    expect(a?.correction).toBeNull();
    expect(a?.checkSources.map((s) => s.id)).toEqual(['src-c']);
    expect(b?.correction).toBeNull();
    expect(b?.checkSources).toEqual([]);
  });
});
