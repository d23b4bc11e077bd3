/**
 * The 10× synthetic dataset for benchmarks: the real schema at about ten times the shipped size.
 * 400 entities (every ISO 3166-1 alpha-3 code as a country, the rest organisations), 150 people,
 * 30 questions, a stance for every person × question, 2,000 events, 1,500 sources. The output is a
 * pure function of the seed (mulberry32; no Math.random, no clock), so runs compare.
 * `npm run gen:synthetic` (scripts/gen-synthetic.ts) writes it to a file; the bench generates it in memory.
 */
import { ISO3_TO_NUMERIC } from '../src/data/iso3.ts';
import {
  ATTENDANCES,
  CONFIDENCES,
  PLEDGE_STATUSES,
  POSITIONS,
  SOURCE_KINDS,
  type Entity,
  type Role,
  type Source,
  type Stance,
  type Summit,
  type SummitEvent,
} from '../src/data/schema.ts';
import { chance, int, mulberry32, pad, pick, sample, type Rng } from './random.ts';
import { CATEGORY_ORDER } from '../src/model/timelineCategories';

export const SYNTHETIC_COUNTS = {
  entities: 400,
  people: 150,
  questions: 30,
  events: 2000,
  sources: 1500,
  claims: 60,
  story: 6,
} as const;

/** The real dataset's event categories. */
export const EVENT_CATEGORIES = CATEGORY_ORDER;

export const DEFAULT_SEED = 42;
export const FIRST_DAY = '2025-08-01';
export const LAST_DAY = '2025-12-31';

const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const SPAN_DAYS = (Date.parse(`${LAST_DAY}T00:00:00Z`) - FIRST_MS) / DAY_MS;
/** Day `offset` after 1 Aug 2025 as YYYY-MM-DD (UTC arithmetic, so no time-zone drift). */
const dayAt = (offset: number) => new Date(FIRST_MS + offset * DAY_MS).toISOString().slice(0, 10);

const WORDS = (
  'security guarantees ceasefire coalition reassurance force air policing maritime demining training ' +
  'logistics sanctions envoy frontline deterrence backstop monitoring reconstruction air defence ' +
  'intelligence contribution mandate parliament observers pledge deployment financing aid corridor'
).split(' ');
const PUBLISHERS = [
  'Wire Service',
  'Daily Ledger',
  'Foreign Ministry',
  'Policy Review',
  'Gazette',
  'Monitor',
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Secretary General'];
const FIRST_NAMES = ['Alex', 'Maria', 'Jonas', 'Ines', 'Piotr', 'Sofia', 'Luca', 'Anna', 'Mikko', 'Elena'];
const LAST_NAMES = ['Novak', 'Berg', 'Costa', 'Laine', 'Meyer', 'Dubois', 'Rossi', 'Kowal', 'Silva', 'Horn'];
const LANGUAGES = ['en', 'fr', 'de', 'it', 'pl', 'uk', 'es'];
const PARTICIPANT_ROLES: readonly Role[] = ['member', 'member', 'member', 'observer', 'guest'];

const phrase = (rng: Rng, min: number, max: number) => {
  const text = Array.from({ length: int(rng, min, max) }, () => pick(rng, WORDS)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const sentence = (rng: Rng, min: number, max: number) => `${phrase(rng, min, max)}.`;

function makeSources(rng: Rng): Source[] {
  return Array.from({ length: SYNTHETIC_COUNTS.sources }, (_, i) => {
    const day = int(rng, 0, SPAN_DAYS);
    const source: Source = {
      id: `src-${pad(i + 1, 4)}`,
      publisher: pick(rng, PUBLISHERS),
      title: phrase(rng, 4, 9),
      url: `${chance(rng, 0.9) ? 'https' : 'http'}://example.org/${pick(rng, ['news', 'doc', 'brief'])}/${pad(i + 1, 4)}`,
      accessed: dayAt(Math.min(SPAN_DAYS, day + int(rng, 0, 5))),
      kind: pick(rng, SOURCE_KINDS),
    };
    if (chance(rng, 0.85)) source.published = dayAt(day);
    return source;
  });
}

function makeEntities(rng: Rng, sourceIds: readonly string[]): Entity[] {
  const codes = [...ISO3_TO_NUMERIC.keys()];
  const orgCount = SYNTHETIC_COUNTS.entities - codes.length;
  const countries = codes.map((iso3): Entity => {
    const id = iso3.toLowerCase();
    const role: Role =
      iso3 === 'FRA'
        ? 'host'
        : iso3 === 'GBR'
          ? 'co-chair'
          : chance(rng, 0.3)
            ? 'non-participant'
            : pick(rng, PARTICIPANT_ROLES);
    const entity: Entity = {
      id,
      kind: 'country',
      iso3,
      name: `Country ${iso3}`,
      participation: {
        role,
        attendance: role === 'non-participant' ? 'absent' : pick(rng, ATTENDANCES),
        representedBy: [],
      },
      sourceIds: sample(rng, sourceIds, int(rng, 1, 3)),
    };
    if (chance(rng, 0.2)) entity.participation.note = sentence(rng, 3, 8);
    if (role !== 'non-participant') {
      entity.pledge = {
        status: pick(rng, PLEDGE_STATUSES),
        domains: sample(rng, ['land', 'air', 'sea', 'training', 'logistics'], int(rng, 0, 3)),
        summary: sentence(rng, 5, 14),
        confidence: pick(rng, CONFIDENCES),
        sourceIds: sample(rng, sourceIds, int(rng, 1, 2)),
      };
    }
    return entity;
  });
  const organisations = Array.from({ length: orgCount }, (_, i): Entity => ({
    id: `org-${pad(i + 1, 3)}`,
    kind: 'organization',
    name: `Organisation ${pad(i + 1, 3)}`,
    participation: {
      role: chance(rng, 0.3) ? 'non-participant' : pick(rng, PARTICIPANT_ROLES),
      attendance: pick(rng, ATTENDANCES),
      representedBy: [],
    },
    sourceIds: sample(rng, sourceIds, int(rng, 1, 2)),
  }));
  return [...countries, ...organisations];
}

function makeStance(rng: Rng, personId: string, questionId: string, sourceIds: readonly string[]): Stance {
  const notStated = chance(rng, 0.15);
  const position = notStated ? 'not-stated' : pick(rng, POSITIONS);
  const stance: Stance = {
    personId,
    questionId,
    position,
    summary: position === 'not-stated' ? 'No statement found.' : sentence(rng, 6, 18),
    date: dayAt(int(rng, 0, SPAN_DAYS)),
    confidence: pick(rng, CONFIDENCES),
    sourceIds: position === 'not-stated' ? [] : sample(rng, sourceIds, int(rng, 1, 3)),
  };
  if (position !== 'not-stated' && chance(rng, 0.25)) {
    stance.quote = sentence(rng, 5, 16);
    stance.quoteLanguage = pick(rng, LANGUAGES);
  }
  if (position === 'conditional') stance.condition = sentence(rng, 3, 8);
  return stance;
}

function makeEvent(rng: Rng, i: number, ids: { entities: string[]; people: string[]; sources: string[] }) {
  const roll = rng();
  const precision = roll < 0.82 ? 'day' : roll < 0.94 ? 'week' : 'month';
  let date: string;
  let endDate: string | undefined;
  if (precision === 'month') {
    const month = int(rng, 8, 12);
    const last = [0, 0, 0, 0, 0, 0, 0, 0, 31, 30, 31, 30, 31][month] as number;
    date = `2025-${pad(month, 2)}-01`;
    endDate = `2025-${pad(month, 2)}-${last}`;
  } else if (precision === 'week') {
    // Weeks start on Monday; 4 Aug 2025 is the first Monday in range.
    const start = 3 + 7 * int(rng, 0, 20);
    date = dayAt(start);
    endDate = dayAt(start + 6);
  } else {
    date = dayAt(int(rng, 0, SPAN_DAYS));
  }
  const event: SummitEvent = {
    id: `evt-${pad(i + 1, 4)}`,
    date,
    datePrecision: precision,
    title: phrase(rng, 3, 8),
    description: sentence(rng, 8, 24),
    category: pick(rng, EVENT_CATEGORIES),
    entityIds: sample(rng, ids.entities, int(rng, 1, 6)),
    personIds: sample(rng, ids.people, int(rng, 0, 3)),
    sourceIds: sample(rng, ids.sources, int(rng, 1, 3)),
  };
  if (endDate !== undefined) event.endDate = endDate;
  if (chance(rng, 0.3)) event.location = pick(rng, ['Paris', 'Kyiv', 'Brussels', 'London', 'Berlin', 'Rome']);
  if (chance(rng, 0.06)) event.context = true;
  return event;
}

/** The synthetic dataset for `seed`. Pure: the same seed always gives the same value. */
export function generateSynthetic(seed: number = DEFAULT_SEED): Summit {
  const rng = mulberry32(seed);
  const sources = makeSources(rng);
  const sourceIds = sources.map((s) => s.id);
  const entities = makeEntities(rng, sourceIds);

  // People: the E3 leaders first (so the presets hit the matrix), then random participants.
  const participants = entities.filter((e) => e.participation.role !== 'non-participant');
  const e3 = ['fra', 'deu', 'gbr'];
  const others = sample(
    rng,
    participants.filter((e) => !e3.includes(e.id)),
    SYNTHETIC_COUNTS.people,
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const people = [...e3.map((id) => byId.get(id) as Entity), ...others]
    .slice(0, SYNTHETIC_COUNTS.people)
    .map((entity, i) => {
      const person = {
        id: `person-${pad(i + 1, 3)}`,
        name: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
        title: `${pick(rng, TITLES)} (${entity.name})`,
        entityId: entity.id,
      };
      entity.participation.representedBy.push(person.id);
      return person;
    });

  const questions = Array.from({ length: SYNTHETIC_COUNTS.questions }, (_, i) => ({
    id: `q-${pad(i + 1, 2)}`,
    label: `Question ${i + 1}`,
    text: `${phrase(rng, 6, 12)}?`,
    description: sentence(rng, 6, 14),
  }));
  const stances = people.flatMap((p) => questions.map((q) => makeStance(rng, p.id, q.id, sourceIds)));

  const ids = { entities: entities.map((e) => e.id), people: people.map((p) => p.id), sources: sourceIds };
  const events = Array.from({ length: SYNTHETIC_COUNTS.events }, (_, i) => makeEvent(rng, i, ids));

  const claims = Array.from({ length: SYNTHETIC_COUNTS.claims }, (_, i) => {
    const corrected = chance(rng, 0.3);
    return {
      id: `claim-${pad(i + 1, 3)}`,
      text: sentence(rng, 6, 14),
      claimedBy: pick(rng, sourceIds),
      status: corrected
        ? ('corrected' as const)
        : pick(rng, ['confirmed', 'disputed', 'unverified'] as const),
      ...(corrected ? { correction: sentence(rng, 5, 12) } : {}),
      sourceIds: sample(rng, sourceIds, int(rng, 1, 2)),
    };
  });
  const story = Array.from({ length: SYNTHETIC_COUNTS.story }, (_, i) => ({
    id: `slide-${i + 1}`,
    title: phrase(rng, 2, 5),
    caption: sentence(rng, 8, 20),
    state: i % 2 === 0 ? 'view=map&color=attendance' : 'e=fra,deu,gbr',
  }));

  return {
    schemaVersion: 1,
    meta: {
      title: `Synthetic summit (10×, seed ${seed})`,
      date: '2025-09-04',
      location: 'Élysée Palace, Paris',
      summary: 'Generated benchmark data: the real schema at ten times the size. Not real events.',
      datasetVersion: `synthetic-${seed}`,
      updated: LAST_DAY,
      reported: { participants: { value: participants.length, sourceIds: sourceIds.slice(0, 2) } },
      notes: ['Generated for benchmarks (bench/synthetic.ts). Every name, quote and link is made up.'],
    },
    sources,
    entities,
    people,
    questions,
    stances,
    events,
    claims,
    story,
  };
}

/** Compact JSON with a final newline: what the benchmark serves (the CLI writes it Prettier-formatted). */
export function syntheticText(seed: number = DEFAULT_SEED): string {
  return `${JSON.stringify(generateSynthetic(seed))}\n`;
}
