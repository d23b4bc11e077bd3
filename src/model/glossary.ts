/**
 * Plain-language definitions of the words a pupil meets in this summit, and the matching that turns
 * their first use in a piece of text into a link to the definition. A definition that states a fact
 * about this summit names its source (`sourceUrl`, taken from the project's fact base); general
 * definitions need none.
 */

export interface GlossaryEntry {
  /** Anchor id: the entry is rendered as #glossary-<id>. */
  id: string;
  term: string;
  /** Spellings matched in text, case-insensitively, as whole words. */
  aliases: readonly string[];
  definition: string;
  sourceUrl?: string;
  sourceLabel?: string;
}

const APA = {
  sourceUrl: 'https://www.suedtirolnews.it/politik/koalition-der-willigen-laut-tschechien-einig',
  sourceLabel: 'Südtirol News (APA/dpa/Reuters), 4 September 2025',
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'coalition-of-the-willing',
    term: 'Coalition of the Willing',
    aliases: ['Coalition of the Willing'],
    definition:
      'A group of countries, most of them European but also Canada, Japan and Australia, that plan together how to keep Ukraine safe once the fighting stops. The United States is not a member, but the group wants its support.',
    ...APA,
  },
  {
    id: 'coalition-member',
    term: 'Coalition member and participant',
    aliases: ['coalition member', 'coalition members', 'participant', 'participants'],
    definition:
      'A coalition member belongs to the Coalition of the Willing. A participant is anyone who took part in a particular meeting, which can include guests and observers who are not members. Austria, for example, has observer status, and the United States is not a member of the coalition.',
    ...APA,
  },
  {
    id: 'security-guarantee',
    term: 'Security guarantee',
    aliases: ['security guarantee', 'security guarantees'],
    definition:
      'A promise by other countries to help protect a country if it is attacked again. It can take the form of soldiers, weapons, training, money or a treaty.',
  },
  {
    id: 'reassurance-force',
    term: 'Reassurance force',
    aliases: ['reassurance force', 'reassurance forces'],
    definition:
      'Troops, ships or aircraft from several countries that would be sent to help secure Ukraine only once the fighting has stopped, through a ceasefire, an armistice or a peace treaty. Its purpose is to discourage a new attack, not to wage war on Russia. After the Paris summit Macron said 26 countries had formally committed to it, on the ground, at sea or in the air.',
    sourceUrl:
      'https://voz.us/en/world/250904/28594/macron-assures-that-26-countries-are-committed-to-participate-in-ukraine-s-security-after-the-war.html',
    sourceLabel: 'Voz (AFP copy), 4 September 2025',
  },
  {
    id: 'multinational-force',
    term: 'Multinational force',
    aliases: ['Multinational Force Ukraine', 'multinational force', 'multinational forces'],
    definition:
      'A military force made up of troops from several countries working to one plan. On 17 August 2025 the coalition’s leaders said it would play a vital role in Ukraine’s security guarantees through a “Multinational Force Ukraine”, and that they were ready to deploy a reassurance force once hostilities had ceased.',
    sourceUrl:
      'https://www.wired-gov.net/wg/news.nsf/articles/statement+of+the+cochairs+of+the+coalition+of+the+willing+17+august+2025+18082025141000?open',
    sourceLabel: 'Wired-Gov (mirror of the GOV.UK statement), 18 August 2025',
  },
  {
    id: 'backstop',
    term: 'Backstop',
    aliases: ['backstop', 'backstops'],
    definition:
      'Back-up support held in reserve behind someone else’s effort. Here it means help from the United States, for example aircraft or intelligence, standing behind a European-led force. European governments said they would take on a military role only with such US support; by the day of the Paris summit President Trump had made no explicit commitment to it.',
    ...APA,
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
    definition:
      'A ceasefire (or truce) is an agreement to stop the fighting. It may be temporary and settles nothing else. A peace agreement goes further: it ends the war and sets out terms such as borders, armed forces and guarantees.',
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
    definition:
      'A draft agreement that Russian and Ukrainian negotiators worked on in Istanbul in spring 2022, weeks after Russia’s full-scale invasion; it was never concluded. Under it Ukraine would have been a neutral state without nuclear weapons, outside NATO and other military alliances, and a group including the permanent members of the UN Security Council, Germany and Türkiye would have guaranteed its security. In August 2025 Russia’s foreign minister, Sergey Lavrov, said Russia still supported that framework.',
    sourceUrl:
      'https://www.turkiyetoday.com/world/russia-backs-2022-istanbul-security-guarantees-as-us-europe-draft-ukraine-peace-optio-3205765',
    sourceLabel: 'Türkiye Today, 22 August 2025',
  },
  {
    id: 'twenty-eight-point-plan',
    term: '28-point plan',
    aliases: ['28-point plan', '28-point peace plan'],
    definition:
      'A draft US plan to end the war, made public in November 2025. Among other things it proposed capping Ukraine’s armed forces at 600,000 and ruling out Ukraine’s membership of NATO.',
    sourceUrl: 'https://arynews.tv/trump-plan-to-end-russia-ukraine-war',
    sourceLabel: 'ARY News, November 2025',
  },
  {
    id: 'sanctions',
    term: 'Sanctions',
    aliases: ['sanctions', 'sanction', 'sanctions package'],
    definition:
      'Penalties that countries place on another country, its companies or its people to push them to change course: for example, bans on buying its oil and gas, or freezing its money held abroad.',
  },
  {
    id: 'tariff',
    term: 'Tariff',
    aliases: ['tariff', 'tariffs'],
    definition:
      'A tax on goods bought from another country. Raising tariffs is one way to put economic pressure on that country.',
  },
  {
    id: 'shadow-fleet',
    term: 'Shadow fleet',
    aliases: ['shadow fleet', 'shadow-fleet'],
    definition:
      'Old oil tankers with unclear owners and insurance, used to carry Russian oil around sanctions and price limits.',
  },
  {
    id: 'article-5',
    term: 'Article 5',
    aliases: ['Article 5-like', 'Article 5'],
    definition:
      'The part of NATO’s founding treaty (the North Atlantic, or Washington, Treaty) that says an armed attack on one member is treated as an attack on them all. An “Article 5-like” guarantee would promise Ukraine, which is not a member, similar protection without membership.',
  },
  {
    id: 'nato',
    term: 'NATO',
    aliases: ['NATO', 'North Atlantic Treaty Organization'],
    definition:
      'The North Atlantic Treaty Organization, a military alliance of countries in Europe and North America, founded in 1949, whose members promise to defend one another. Ukraine is not a member.',
  },
  {
    id: 'european-commission',
    term: 'European Commission',
    aliases: ['European Commission'],
    definition:
      'The European Union’s executive body: it proposes EU laws and sanctions and manages the EU budget. Its president in 2025 was Ursula von der Leyen.',
  },
  {
    id: 'european-council',
    term: 'European Council',
    aliases: ['European Council'],
    definition:
      'The meeting of the leaders of the EU’s member countries, which sets the EU’s direction. Its president in 2025 was António Costa. It is not the same as the Council of Europe.',
  },
  {
    id: 'hybrid-meeting',
    term: 'Hybrid meeting',
    aliases: ['hybrid meeting', 'hybrid format', 'hybrid'],
    definition: 'A meeting where some people are together in the room and others join by video link.',
  },
  {
    id: 'elysee',
    term: 'Élysée Palace',
    aliases: ['Élysée Palace', 'Elysee Palace', 'Élysée', 'Elysee'],
    definition:
      'The official home and office of the President of France, in Paris. “The Élysée” is also used to mean the French presidency itself.',
  },
  {
    id: 'legitimate-target',
    term: 'Legitimate target',
    aliases: ['legitimate targets', 'legitimate target'],
    definition:
      'In the laws of war, something that may lawfully be attacked, such as enemy soldiers or military equipment. Calling foreign troops “legitimate targets” is a warning that they could be attacked.',
  },
  {
    id: 'eram',
    term: 'ERAM',
    aliases: ['ERAM', 'ERAMs'],
    definition:
      'Extended Range Attack Munition: a US missile launched from aircraft, with a range of several hundred miles. In August 2025 the United States approved selling 3,350 of them to Ukraine, paid for by Denmark, Norway and the Netherlands with extra US funding.',
    sourceUrl:
      'https://www.ndtv.com/world-news/us-okays-825-million-missile-sale-to-ukraine-days-after-putin-trump-meet-9179820',
    sourceLabel: 'NDTV, August 2025',
  },
  {
    id: 'tomahawk',
    term: 'Tomahawk',
    aliases: ['Tomahawk', 'Tomahawks'],
    definition: 'A long-range US cruise missile that can strike targets well over 1,000 km away.',
  },
];

export interface TextSegment {
  text: string;
  /** The glossary entry this segment names, or null for plain text. */
  entryId: string | null;
}

const matchers = new WeakMap<readonly GlossaryEntry[], { regex: RegExp; byAlias: Map<string, string> }>();

function matcherFor(entries: readonly GlossaryEntry[]) {
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
  entries: readonly GlossaryEntry[] = GLOSSARY,
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

/** Entries sorted by term for display, ignoring case and accents. */
export function sortedGlossary(entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

function fold(s: string): string {
  return s.toLocaleLowerCase('en');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
