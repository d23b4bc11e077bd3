// @vitest-environment node
/**
 * Checks the shipped dataset (public/data/summit.json) beyond the schema: sourcing, duplicates,
 * completeness of the stance grid, the date window of the timeline, and the story's view states.
 */
import { readFileSync } from 'node:fs';
import { formatIssue } from '../../src/data/issues';
import { parseSummitText } from '../../src/data/parseSummit';
import { ATTENDANCES, PLEDGE_STATUSES, type Summit } from '../../src/data/schema';
import { isHttpUrl } from '../../src/data/validateSummit';

const text = readFileSync(new URL('../../public/data/summit.json', import.meta.url), 'utf8');

function loadDataset(): Summit {
  const result = parseSummitText(text);
  if (!result.ok) throw new Error(`dataset is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.summit;
}

const summit = loadDataset();

const QUESTION_IDS = [
  'troops-after-ceasefire',
  'own-troops',
  'us-backstop',
  'army-limits',
  'energy-sanctions',
  'china-pressure',
  'arms-production',
  'long-range',
  'negotiate',
];
const GRID_PEOPLE = [
  'macron',
  'starmer',
  'merz',
  'tusk',
  'von-der-leyen',
  'costa',
  'rutte',
  'zelensky',
  'meloni',
  'stubb',
  'frederiksen',
  'sanchez',
  'trump',
  'witkoff',
  'rubio',
  'putin',
  'peskov',
  'lavrov',
  'zakharova',
];
const CATEGORIES = ['summit', 'call', 'talks', 'statement', 'sanctions', 'military', 'attack', 'pledge'];
const UNSOURCED_POSITIONS = new Set(['not-stated', 'not-applicable']);
const FROM = '2025-08-01';
const TO = '2025-12-31';

/** Values that appear more than once after `key` is applied. */
function duplicates<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return [...repeated];
}

describe('summit.json', () => {
  it('validates against the data contract', () => {
    const result = parseSummitText(text);
    if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
    expect(result.ok).toBe(true);
  });

  it('cites at least one source for every entity, pledge, taken position, event, claim and slide', () => {
    const missing = [
      ...summit.entities.filter((e) => e.sourceIds.length === 0).map((e) => `entity ${e.id}`),
      ...summit.entities
        .filter((e) => e.pledge !== undefined && e.pledge.sourceIds.length === 0)
        .map((e) => `pledge ${e.id}`),
      ...summit.stances
        .filter((s) => !UNSOURCED_POSITIONS.has(s.position) && s.sourceIds.length === 0)
        .map((s) => `stance ${s.personId}/${s.questionId}`),
      ...summit.events.filter((e) => e.sourceIds.length === 0).map((e) => `event ${e.id}`),
      ...summit.claims.filter((c) => c.sourceIds.length === 0).map((c) => `claim ${c.id}`),
      ...summit.story.filter((s) => (s.sourceIds ?? []).length === 0).map((s) => `slide ${s.id}`),
    ];
    expect(missing).toEqual([]);
  });

  it('gives every source a publisher and an http(s) link, and cites each one somewhere', () => {
    const cited = new Set<string>();
    const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
    Object.values(summit.meta.reported).forEach((figure) => cite(figure.sourceIds));
    for (const entity of summit.entities) {
      cite(entity.sourceIds);
      if (entity.pledge) cite(entity.pledge.sourceIds);
    }
    summit.stances.forEach((s) => cite(s.sourceIds));
    summit.events.forEach((e) => cite(e.sourceIds));
    for (const claim of summit.claims) cite([claim.claimedBy, ...claim.sourceIds]);

    for (const source of summit.sources) {
      expect(source.publisher.trim(), source.id).not.toBe('');
      expect(isHttpUrl(source.url), `${source.id}: ${source.url}`).toBe(true);
    }
    expect(summit.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('has no duplicated records', () => {
    expect(duplicates(summit.sources, (s) => s.url)).toEqual([]);
    expect(duplicates(summit.people, (p) => p.name)).toEqual([]);
    expect(duplicates(summit.entities, (e) => e.name)).toEqual([]);
    expect(duplicates(summit.entities, (e) => e.iso3 ?? e.id)).toEqual([]);
    expect(duplicates(summit.events, (e) => `${e.date} ${e.title}`)).toEqual([]);
    expect(duplicates(summit.claims, (c) => c.text)).toEqual([]);
    expect(duplicates(summit.stances, (s) => `${s.personId}/${s.questionId}`)).toEqual([]);
  });

  it('asks the nine questions in the agreed order', () => {
    expect(summit.questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of summit.questions) expect(q.label.length, q.id).toBeLessThanOrEqual(22);
  });

  it('fills every cell of the stance grid for every person who takes a position', () => {
    const cells = new Set(summit.stances.map((s) => `${s.personId}/${s.questionId}`));
    const withStance = new Set(summit.stances.map((s) => s.personId));
    const people = [...new Set([...GRID_PEOPLE, ...withStance])];
    const missing = people.flatMap((p) =>
      QUESTION_IDS.filter((q) => !cells.has(`${p}/${q}`)).map((q) => `${p}/${q}`),
    );
    expect(missing).toEqual([]);
  });

  it('tags every quote with its language', () => {
    const untagged = summit.stances.filter((s) => s.quote !== undefined && s.quoteLanguage === undefined);
    expect(untagged.map((s) => `${s.personId}/${s.questionId}`)).toEqual([]);
  });

  it('keeps events in the covered period unless marked as context', () => {
    const outside = summit.events.filter((e) => !e.context && (e.date < FROM || e.date > TO));
    expect(outside.map((e) => e.id)).toEqual([]);
    const inRange = summit.events.filter((e) => !e.context && e.date >= FROM && e.date <= TO);
    expect(inRange.length).toBeGreaterThanOrEqual(40);
    expect(summit.events.filter((e) => !CATEGORIES.includes(e.category)).map((e) => e.id)).toEqual([]);
    for (const e of summit.events) expect(e.id.startsWith(e.date), e.id).toBe(true);
  });

  it("splits the summit day and Moscow's replies into separate events", () => {
    const ids = new Set(summit.events.map((e) => e.id));
    for (const id of [
      '2025-09-04-witkoff-advisers-meeting',
      '2025-09-04-summit',
      '2025-09-04-press-conference',
      '2025-09-04-trump-call',
      '2025-09-04-zakharova-briefing',
      '2025-09-05-putin-legitimate-targets',
      '2025-09-05-peskov-definitely-not',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('names every participant whose attendance is known, and its representatives, in the summit event', () => {
    const meeting = summit.events.find((e) => e.id === '2025-09-04-summit');
    const attended = summit.entities.filter((e) =>
      ['in-person', 'video', 'partial'].includes(e.participation.attendance),
    );
    expect(attended.length).toBeGreaterThan(30);
    for (const entity of attended) {
      expect(meeting?.entityIds, entity.id).toContain(entity.id);
      for (const person of entity.participation.representedBy ?? [])
        expect(meeting?.personIds, `${entity.id}: ${person}`).toContain(person);
    }
  });

  it('records the corrected and disputed claims of the seed article', () => {
    const ids = new Set(summit.claims.map((c) => c.id));
    for (const id of [
      'claim-in-the-room',
      'claim-foreign-interference',
      'claim-35-countries',
      'claim-us-backstop',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const changed = summit.claims.filter((c) => c.status === 'corrected' || c.status === 'disputed');
    for (const c of changed) expect(c.correction, c.id).toBeTruthy();
  });

  it('tells a 6–10 slide story whose states use only known parameters and ids', () => {
    expect(summit.story.length).toBeGreaterThanOrEqual(6);
    expect(summit.story.length).toBeLessThanOrEqual(10);
    const predict = summit.story.filter((s) => s.question !== undefined && s.answer !== undefined);
    expect(predict.length).toBeGreaterThanOrEqual(2);

    const known = {
      entity: new Set(summit.entities.map((e) => e.id)),
      person: new Set(summit.people.map((p) => p.id)),
      question: new Set(summit.questions.map((q) => q.id)),
      event: new Set(summit.events.map((e) => e.id)),
    };
    const list = (value: string) => value.split(',');
    const oneOf = (allowed: readonly string[]) => (value: string) =>
      list(value).every((v) => allowed.includes(v));
    const within = (set: Set<string>) => (value: string) => list(value).every((v) => set.has(v));
    const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
    const checks: Record<string, (value: string) => boolean> = {
      view: oneOf(['map', 'matrix', 'timeline']),
      color: oneOf(['role', 'attendance', 'pledge']),
      e: within(known.entity),
      pledge: oneOf(PLEDGE_STATUSES),
      att: oneOf(ATTENDANCES),
      q: within(known.question),
      cat: oneOf(CATEGORIES),
      from: isDate,
      to: isDate,
      sel: (v) => known.entity.has(v),
      ev: (v) => known.event.has(v),
      cell: (v) => {
        const [personId, questionId, ...rest] = list(v);
        return rest.length === 0 && known.person.has(personId ?? '') && known.question.has(questionId ?? '');
      },
    };

    for (const slide of summit.story) {
      expect(slide.caption.trim(), slide.id).not.toBe('');
      for (const [name, value] of new URLSearchParams(slide.state)) {
        const check = checks[name];
        expect(check, `${slide.id}: unknown parameter "${name}"`).toBeDefined();
        expect(check?.(value), `${slide.id}: ${name}=${value}`).toBe(true);
      }
    }
  });
});
