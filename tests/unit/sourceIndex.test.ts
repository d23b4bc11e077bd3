import type { Summit } from '../../src/data/schema';
import {
  anchorFor,
  buildSourceIndex,
  countSourceKinds,
  selectionFor,
  sortSources,
} from '../../src/model/sourceIndex';
import { sourcesFor } from '../../src/model/sourcesFor';
import { loadFixture } from '../helpers/renderWithStore';

const small = loadFixture('valid-small.json');
const labels = (id: string) => (buildSourceIndex(small).get(id) ?? []).map((r) => r.label);

describe('buildSourceIndex', () => {
  it('lists what cites src-c, in kind order then dataset order', () => {
    expect(labels('src-c')).toEqual([
      'Country: Luxembourg',
      'Country: Russia',
      'Pledge: Luxembourg',
      'Stance: Vladimir Putin on Troops after ceasefire',
      'Stance: Steve Witkoff on Negotiate',
      'Event: Coalition launched (2 March 2025)',
      'Event: Putin replies (5 September 2025)',
      'Event: Peace plan drafts (November 2025)',
      'Claim made: Starmer was in the room.',
    ]);
  });

  it('lists what cites src-a, reported figures first', () => {
    expect(labels('src-a')).toEqual([
      'Reported figure: Participants (35)',
      'Reported figure: Countries committed to the force (26)',
      'Country: France',
      'Country: Ukraine',
      'Pledge: France',
      'Pledge: Ukraine',
      'Stance: Emmanuel Macron on Troops after ceasefire',
      'Stance: Emmanuel Macron on Own troops',
      'Event: Paris summit (4 September 2025)',
      'Event: Press conference (4 September 2025)',
      'Slide 1: Who came',
    ]);
  });

  it('counts the records citing src-b, an organisation, the claim check and a slide among them', () => {
    const records = buildSourceIndex(small).get('src-b') ?? [];
    expect(records).toHaveLength(17);
    expect(records.filter((r) => r.kind === 'stance')).toHaveLength(6);
    expect(records).toContainEqual({ kind: 'entity', id: 'nato', label: 'Organisation: NATO' });
    expect(records.slice(-2)).toEqual([
      { kind: 'claim', id: 'claim-room', label: 'Claim checked: Starmer was in the room.' },
      { kind: 'slide', id: 'slide-1', label: 'Slide 1: Who came', slide: 1 },
    ]);
  });

  it('gives stance records the matrix cell to select', () => {
    const stance = buildSourceIndex(small)
      .get('src-b')
      ?.find((r) => r.id === 'meloni/own-troops');
    expect(stance).toEqual({
      kind: 'stance',
      id: 'meloni/own-troops',
      label: 'Stance: Giorgia Meloni on Own troops',
      cell: { personId: 'meloni', questionId: 'own-troops' },
    });
  });

  it('has an empty list for an uncited source and lists a repeated id once', () => {
    const summit: Summit = {
      ...small,
      sources: [...small.sources, { ...(small.sources[0] as Summit['sources'][number]), id: 'src-unused' }],
      events: small.events.map((e, i) => (i === 0 ? { ...e, sourceIds: ['src-c', 'src-c'] } : e)),
    };
    const index = buildSourceIndex(summit);
    expect(index.get('src-unused')).toEqual([]);
    expect(index.get('src-c')?.filter((r) => r.id === '2025-03-02-context')).toHaveLength(1);
  });

  it('shortens long claim labels', () => {
    const summit: Summit = {
      ...small,
      claims: [{ ...(small.claims[0] as Summit['claims'][number]), text: 'x'.repeat(200) }],
    };
    const label = buildSourceIndex(summit).get('src-c')?.at(-1)?.label ?? '';
    expect(label).toBe(`Claim made: ${'x'.repeat(89)}…`);
  });
});

describe('selectionFor and anchorFor', () => {
  it('maps each record kind to a store change and a place on the page', () => {
    expect(selectionFor({ kind: 'entity', id: 'fra', label: '' })).toEqual({ selectedEntity: 'fra' });
    expect(selectionFor({ kind: 'pledge', id: 'fra', label: '' })).toEqual({ selectedEntity: 'fra' });
    expect(selectionFor({ kind: 'event', id: 'ev', label: '' })).toEqual({ selectedEvent: 'ev' });
    const cell = { personId: 'meloni', questionId: 'own-troops' };
    expect(selectionFor({ kind: 'stance', id: 'meloni/own-troops', label: '', cell })).toEqual({
      selectedCell: cell,
    });
    expect(selectionFor({ kind: 'claim', id: 'c', label: '' })).toBeNull();
    expect(selectionFor({ kind: 'reported', id: 'participants', label: '' })).toBeNull();
    expect(anchorFor({ kind: 'claim', id: 'c', label: '' })).toBe('#claim-c');
    expect(anchorFor({ kind: 'stance', id: 'a/b', label: '' })).toBe('#matrix');
    expect(anchorFor({ kind: 'event', id: 'e', label: '' })).toBe('#timeline');
    expect(selectionFor({ kind: 'slide', id: 's', label: '', slide: 3 })).toBeNull();
    expect(anchorFor({ kind: 'slide', id: 's', label: '', slide: 3 })).toBe('?present=1&slide=3');
    // A country or its pledge is shown by the map, which its selection opens.
    expect(anchorFor({ kind: 'entity', id: 'fra', label: '' })).toBe('#map');
    expect(anchorFor({ kind: 'pledge', id: 'fra', label: '' })).toBe('#map');
  });
});

describe('source helpers', () => {
  it('counts kinds present, in contract order', () => {
    expect(countSourceKinds(small.sources)).toEqual([
      { kind: 'official', count: 1 },
      { kind: 'agency', count: 1 },
      { kind: 'news', count: 1 },
    ]);
  });

  it('resolves ids to sources, skipping unknown ones and duplicates', () => {
    expect(sourcesFor(small, ['src-b', 'src-x', 'src-b', 'src-a']).map((s) => s.id)).toEqual([
      'src-b',
      'src-a',
    ]);
  });

  it('sorts by publisher', () => {
    expect(sortSources(small.sources).map((s) => s.publisher)).toEqual(['Élysée', 'Le Monde', 'Reuters']);
  });
});
