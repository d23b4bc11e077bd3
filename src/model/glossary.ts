/**
 * Plain-language definitions of the words a pupil meets in this summit, and the matching that turns
 * their first use in a piece of text into a link to the definition. A definition that states a fact
 * about this summit names its source (`sourceUrl`, taken from the project's fact base); general
 * definitions need none.
 */

import { GLOSSARY_TERMS, type GlossaryTerm } from './glossaryTerms';

export { splitGlossaryTerms, type TextSegment } from './glossaryTerms';

export interface GlossaryEntry extends GlossaryTerm {
  definition: string;
  sourceUrl?: string;
  sourceLabel?: string;
}

type Definition = Pick<GlossaryEntry, 'definition' | 'sourceUrl' | 'sourceLabel'>;

const DEFINITIONS: Record<string, Definition> = {
  'coalition-of-the-willing': {
    definition:
      'A group of countries, most of them European but also Canada, Japan and Australia, that plan together how to keep Ukraine safe once the fighting stops. The United States is not a member, but the group wants its support.',
    sourceUrl:
      'https://www.suedtirolnews.it/politik/koalition-der-willigen-beraet-ueber-ukraine-hilfe-in-paris',
    sourceLabel: 'Südtirol News (APA/dpa/Reuters), 4 September 2025',
  },
  'coalition-member': {
    definition:
      'A coalition member belongs to the Coalition of the Willing. A participant is anyone who took part in a particular meeting, which can include guests and observers who are not members. Austria, for example, has observer status, and the United States is not a member of the coalition.',
    sourceUrl:
      'https://www.suedtirolnews.it/politik/koalition-der-willigen-beraet-ueber-ukraine-hilfe-in-paris',
    sourceLabel: 'Südtirol News (APA/dpa/Reuters), 4 September 2025',
  },
  'security-guarantee': {
    definition:
      'A promise by other countries to help protect a country if it is attacked again. It can take the form of soldiers, weapons, training, money or a treaty.',
  },
  'reassurance-force': {
    definition:
      'Troops, ships or aircraft from several countries that would be sent to help secure Ukraine only once the fighting has stopped, through a ceasefire or a peace deal. Its purpose is to discourage a new attack, not to wage war on Russia. After the Paris summit Macron said 26 countries had formally committed to it, on the ground, at sea or in the air.',
    sourceUrl:
      'https://voz.us/en/world/250904/28594/macron-assures-that-26-countries-are-committed-to-participate-in-ukraine-s-security-after-the-war.html',
    sourceLabel: 'Voz (AFP copy), 4 September 2025',
  },
  'multinational-force': {
    definition:
      'A military force made up of troops from several countries working to one plan. On 17 August 2025 the coalition’s leaders said it would play a vital role in Ukraine’s security guarantees through a “Multinational Force Ukraine”, and that they were ready to deploy a reassurance force once hostilities had ceased.',
    sourceUrl:
      'https://www.wired-gov.net/wg/news.nsf/articles/statement+of+the+cochairs+of+the+coalition+of+the+willing+17+august+2025+18082025141000?open',
    sourceLabel: 'Wired-Gov (mirror of the GOV.UK statement), 18 August 2025',
  },
  backstop: {
    definition:
      'Back-up support held in reserve behind someone else’s effort. Here it means help from the United States, for example aircraft or intelligence, standing behind a European-led force. European governments said they would take on a military role only with such US support; by the day of the Paris summit President Trump had made no explicit commitment to it.',
    sourceUrl:
      'https://www.suedtirolnews.it/politik/koalition-der-willigen-beraet-ueber-ukraine-hilfe-in-paris',
    sourceLabel: 'Südtirol News (APA/dpa/Reuters), 4 September 2025',
  },
  ceasefire: {
    definition:
      'A ceasefire (or truce) is an agreement to stop the fighting. It may be temporary and settles nothing else. A peace agreement goes further: it ends the war and sets out terms such as borders, armed forces and guarantees.',
  },
  'istanbul-draft': {
    definition:
      'A draft agreement that Russian and Ukrainian negotiators worked on in Istanbul in early 2022, soon after Russia’s full-scale invasion; it was never concluded. Under it Ukraine would have been a neutral state without nuclear weapons, outside NATO and other military alliances, and a group including the permanent members of the UN Security Council, Germany and Türkiye would have guaranteed its security. In August 2025 Russia’s foreign minister, Sergey Lavrov, said Russia still supported that framework.',
    sourceUrl:
      'https://www.turkiyetoday.com/world/russia-backs-2022-istanbul-security-guarantees-as-us-europe-draft-ukraine-peace-optio-3205765',
    sourceLabel: 'Türkiye Today, 22 August 2025',
  },
  'twenty-eight-point-plan': {
    definition:
      'A draft US plan to end the war, made public in November 2025. Among other things it proposed capping Ukraine’s armed forces at 600,000 and ruling out Ukraine’s membership of NATO.',
    sourceUrl: 'https://arynews.tv/trump-plan-to-end-russia-ukraine-war',
    sourceLabel: 'ARY News, November 2025',
  },
  sanctions: {
    definition:
      'Penalties that countries place on another country, its companies or its people to push them to change course: for example, bans on buying its oil and gas, or freezing its money held abroad.',
  },
  tariff: {
    definition:
      'A tax on goods bought from another country. Raising tariffs is one way to put economic pressure on that country.',
  },
  'shadow-fleet': {
    definition:
      'Old oil tankers with unclear owners and insurance, used to carry Russian oil around sanctions and price limits.',
  },
  'article-5': {
    definition:
      'The part of NATO’s founding treaty (the North Atlantic, or Washington, Treaty) that says an armed attack on one member is treated as an attack on them all. An “Article 5-like” guarantee would promise Ukraine, which is not a member, similar protection without membership.',
  },
  nato: {
    definition:
      'The North Atlantic Treaty Organization, a military alliance of countries in Europe and North America, founded in 1949, whose members promise to defend one another. Ukraine is not a member.',
  },
  'european-commission': {
    definition:
      'The European Union’s executive body: it proposes EU laws and sanctions and manages the EU budget. Its president in 2025 was Ursula von der Leyen.',
  },
  'european-council': {
    definition:
      'The meeting of the leaders of the EU’s member countries, which sets the EU’s direction. Its president in 2025 was António Costa. It is not the same as the Council of Europe.',
  },
  'hybrid-meeting': {
    definition: 'A meeting where some people are together in the room and others join by video link.',
  },
  elysee: {
    definition:
      'The official home and office of the President of France, in Paris. “The Élysée” is also used to mean the French presidency itself.',
  },
  'legitimate-target': {
    definition:
      'In the laws of war, something that may lawfully be attacked, such as enemy soldiers or military equipment. Calling foreign troops “legitimate targets” is a warning that they could be attacked.',
  },
  eram: {
    definition:
      'Extended Range Attack Munition: a US missile launched from aircraft, with a range of several hundred miles. In August 2025 the United States approved selling 3,350 of them to Ukraine, paid for by Denmark, Norway and the Netherlands with extra US funding.',
    sourceUrl:
      'https://www.ndtv.com/world-news/us-okays-825-million-missile-sale-to-ukraine-days-after-putin-trump-meet-9179820',
    sourceLabel: 'NDTV, August 2025',
  },
  tomahawk: {
    definition: 'A long-range US cruise missile that can strike targets well over 1,000 km away.',
  },
};

export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_TERMS.map((t) => ({
  ...t,
  ...(DEFINITIONS[t.id] ?? { definition: '' }),
}));

/** Entries sorted by term for display, ignoring case and accents. */
export function sortedGlossary(entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
