import { GLOSSARY, sortedGlossary, splitGlossaryTerms, type GlossaryEntry } from '../../src/model/glossary';

const linked = (text: string, entries?: readonly GlossaryEntry[]) =>
  splitGlossaryTerms(text, entries)
    .filter((s) => s.entryId !== null)
    .map((s) => `${s.entryId}:${s.text}`);

describe('splitGlossaryTerms', () => {
  it('links only the first occurrence of each term, and rebuilds the text exactly', () => {
    const text = 'A backstop here, another backstop there, and a ceasefire.';
    const segments = splitGlossaryTerms(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(linked(text)).toEqual(['backstop:backstop', 'ceasefire:ceasefire']);
    expect(segments[0]).toEqual({ text: 'A ', entryId: null });
  });

  it('matches case-insensitively, keeping the original spelling, accents included', () => {
    expect(linked('the BACKSTOP at the élysée')).toEqual(['backstop:BACKSTOP', 'elysee:élysée']);
  });

  it('counts any alias of an entry as its one occurrence', () => {
    expect(linked('after a ceasefire or a peace deal')).toEqual(['ceasefire:ceasefire']);
  });

  it('matches whole words only', () => {
    expect(linked('backstopping, unsanctioned, NATOish and a non-participant')).toEqual([]);
    expect(linked('NATO’s plan; (sanctions)')).toEqual(['nato:NATO', 'sanctions:sanctions']);
  });

  it('prefers the longest alias at a position', () => {
    expect(linked('the draft Istanbul peace agreement of 2022')).toEqual([
      'istanbul-draft:draft Istanbul peace agreement',
    ]);
    expect(linked('"Article 5-like protection"')).toEqual(['article-5:Article 5-like']);
  });

  it('treats regular-expression characters in aliases literally', () => {
    const entries: GlossaryEntry[] = [{ id: 'q', term: 'a.b', aliases: ['a.b', '(c)'], definition: 'x' }];
    expect(linked('axb a.b', entries)).toEqual(['q:a.b']);
    expect(linked('see (c) now', entries)).toEqual(['q:(c)']);
  });

  it('returns the text as one plain segment when nothing matches', () => {
    expect(splitGlossaryTerms('Nothing to see.')).toEqual([{ text: 'Nothing to see.', entryId: null }]);
    expect(splitGlossaryTerms('')).toEqual([]);
  });
});

describe('GLOSSARY', () => {
  it('has the terms a pupil needs, with unique ids and plain definitions', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'reassurance-force',
      'security-guarantee',
      'backstop',
      'coalition-member',
      'istanbul-draft',
      'ceasefire',
      'coalition-of-the-willing',
      'sanctions',
      'article-5',
    ]) {
      expect(ids).toContain(id);
    }
    for (const e of GLOSSARY) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
      expect(e.definition.length, e.id).toBeGreaterThan(30);
      if (e.sourceUrl !== undefined) {
        expect(e.sourceUrl, e.id).toMatch(/^https:\/\//);
        expect(e.sourceLabel, e.id).toBeDefined();
      }
    }
  });

  it('gives a source for definitions that state facts about this summit', () => {
    for (const id of ['reassurance-force', 'backstop', 'istanbul-draft', 'coalition-member']) {
      expect(GLOSSARY.find((e) => e.id === id)?.sourceUrl, id).toBeDefined();
    }
  });

  it('no alias belongs to two entries', () => {
    const aliases = GLOSSARY.flatMap((e) => e.aliases.map((a) => a.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('sorts for display by term, ignoring accents', () => {
    const terms = sortedGlossary().map((e) => e.term);
    expect(terms[0]).toBe('28-point plan');
    expect(terms.indexOf('Élysée Palace')).toBeLessThan(terms.indexOf('ERAM'));
  });
});
