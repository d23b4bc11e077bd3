/**
 * The glossary's terms and the matching that turns their first use in a text into a link. Kept apart
 * from the definitions (glossary.ts) so the page can link terms without loading every definition.
 */

export interface GlossaryTerm {
  /** Anchor id: the entry is rendered as #glossary-<id>. */
  id: string;
  term: string;
  /** Spellings matched in text, case-insensitively, as whole words. */
  aliases: readonly string[];
}

export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  {
    id: 'coalition-of-the-willing',
    term: 'Coalition of the Willing',
    aliases: ['Coalition of the Willing'],
  },
  {
    id: 'coalition-member',
    term: 'Coalition member and participant',
    aliases: ['coalition member', 'coalition members', 'participant', 'participants'],
  },
  {
    id: 'security-guarantee',
    term: 'Security guarantee',
    aliases: ['security guarantee', 'security guarantees'],
  },
  {
    id: 'reassurance-force',
    term: 'Reassurance force',
    aliases: ['reassurance force', 'reassurance forces'],
  },
  {
    id: 'multinational-force',
    term: 'Multinational force',
    aliases: ['Multinational Force Ukraine', 'multinational force', 'multinational forces'],
  },
  {
    id: 'backstop',
    term: 'Backstop',
    aliases: ['backstop', 'backstops'],
  },
  {
    id: 'ceasefire',
    term: 'Ceasefire and peace agreement',
    aliases: [
      'ceasefire',
      'ceasefires',
      'cease-fire',
      'truce',
      'armistice',
      'peace agreement',
      'peace agreements',
      'peace deal',
      'peace deals',
      'peace treaty',
    ],
  },
  {
    id: 'istanbul-draft',
    term: 'Istanbul draft (2022)',
    aliases: [
      'draft Istanbul peace agreement',
      'draft Istanbul agreement',
      'Istanbul draft',
      'Istanbul agreement',
    ],
  },
  {
    id: 'twenty-eight-point-plan',
    term: '28-point plan',
    aliases: ['28-point plan', '28-point peace plan'],
  },
  {
    id: 'sanctions',
    term: 'Sanctions',
    aliases: ['sanctions', 'sanction', 'sanctions package'],
  },
  {
    id: 'tariff',
    term: 'Tariff',
    aliases: ['tariff', 'tariffs'],
  },
  {
    id: 'shadow-fleet',
    term: 'Shadow fleet',
    aliases: ['shadow fleet', 'shadow-fleet'],
  },
  {
    id: 'article-5',
    term: 'Article 5',
    aliases: ['Article 5-like', 'Article 5'],
  },
  {
    id: 'nato',
    term: 'NATO',
    aliases: ['NATO', 'North Atlantic Treaty Organization'],
  },
  {
    id: 'european-commission',
    term: 'European Commission',
    aliases: ['European Commission'],
  },
  {
    id: 'european-council',
    term: 'European Council',
    aliases: ['European Council'],
  },
  {
    id: 'hybrid-meeting',
    term: 'Hybrid meeting',
    aliases: ['hybrid meeting', 'hybrid format', 'hybrid'],
  },
  {
    id: 'elysee',
    term: 'Élysée Palace',
    aliases: ['Élysée Palace', 'Elysee Palace', 'Élysée', 'Elysee'],
  },
  {
    id: 'legitimate-target',
    term: 'Legitimate target',
    aliases: ['legitimate targets', 'legitimate target'],
  },
  {
    id: 'eram',
    term: 'ERAM',
    aliases: ['ERAM', 'ERAMs'],
  },
  {
    id: 'tomahawk',
    term: 'Tomahawk',
    aliases: ['Tomahawk', 'Tomahawks'],
  },
];

export interface TextSegment {
  text: string;
  /** The glossary entry this segment names, or null for plain text. */
  entryId: string | null;
}

const matchers = new WeakMap<readonly GlossaryTerm[], { regex: RegExp; byAlias: Map<string, string> }>();

function matcherFor(entries: readonly GlossaryTerm[]) {
  let m = matchers.get(entries);
  if (!m) {
    const byAlias = new Map<string, string>();
    for (const e of entries) for (const a of e.aliases) if (!byAlias.has(fold(a))) byAlias.set(fold(a), e.id);
    // Longest first, so "peace agreement" wins over a shorter alias starting at the same place.
    const alternatives = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Whole words only: no letter, digit or hyphen may touch the match ("non-participant" is not "participant").
    const body = alternatives.length > 0 ? alternatives.join('|') : '(?!)';
    const regex = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
    m = { regex, byAlias };
    matchers.set(entries, m);
  }
  return m;
}

/**
 * Splits text into plain and glossary segments: the first occurrence of each entry (through any of its
 * aliases) becomes a glossary segment, matched case-insensitively on word boundaries; later ones stay text.
 */
export function splitGlossaryTerms(
  text: string,
  entries: readonly GlossaryTerm[] = GLOSSARY_TERMS,
): TextSegment[] {
  const { regex, byAlias } = matcherFor(entries);
  const segments: TextSegment[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(regex)) {
    const id = byAlias.get(fold(match[0]));
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), entryId: null });
    segments.push({ text: match[0], entryId: id });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), entryId: null });
  return segments;
}

function fold(s: string): string {
  return s.toLocaleLowerCase('en');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
