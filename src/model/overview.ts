/**
 * The reader's overview, derived from the dataset by pure functions: the headline figures as sources
 * reported them, the counts the dataset itself supports, and a few key takeaways. Every takeaway carries
 * the ids of the sources behind it and says nothing the records do not say.
 */
import type { Attendance, Claim, Entity, PledgeStatus, Position, Summit, SummitMeta } from '../data/schema';
import { ATTENDANCES, PLEDGE_STATUSES } from '../data/schema';
import { countLabel, listNames, nameInProse, upperFirst } from './prose';

export interface ParticipationCounts {
  /** Entities whose role is anything but "non-participant". */
  participants: number;
  countries: number;
  organisations: number;
  byAttendance: Record<Attendance, number>;
}

export function participationCounts(summit: Summit): ParticipationCounts {
  const byAttendance = Object.fromEntries(ATTENDANCES.map((a) => [a, 0])) as Record<Attendance, number>;
  let countries = 0;
  let organisations = 0;
  for (const e of participantsOf(summit)) {
    byAttendance[e.participation.attendance] += 1;
    if (e.kind === 'country') countries += 1;
    else organisations += 1;
  }
  return { participants: countries + organisations, countries, organisations, byAttendance };
}

export interface PledgeCount {
  status: PledgeStatus;
  count: number;
  /** How many of them rest on low-confidence evidence only. */
  lowConfidence: number;
}

/** Entities with a recorded pledge, counted by status (every status, zero included, in contract order). */
export function pledgeCounts(summit: Summit): PledgeCount[] {
  return PLEDGE_STATUSES.map((status) => {
    const pledges = summit.entities.flatMap((e) => (e.pledge?.status === status ? [e.pledge] : []));
    return {
      status,
      count: pledges.length,
      lowConfidence: pledges.filter((p) => p.confidence === 'low').length,
    };
  });
}

export interface ReportedFigure {
  key: string;
  label: string;
  value: number;
  sourceIds: string[];
}

const REPORTED_LABELS: Record<string, string> = {
  participants: 'Participants',
  pledgedCountries: 'Countries committed to the force',
};

/** meta.reported as a list, known figures first; unknown keys get a readable label ("fooBar" → "Foo bar"). */
export function reportedFigures(meta: SummitMeta): ReportedFigure[] {
  const known = Object.keys(REPORTED_LABELS);
  const keys = Object.keys(meta.reported).sort((a, b) => rank(known, a) - rank(known, b));
  return keys.flatMap((key) => {
    const figure = meta.reported[key];
    if (!figure) return [];
    return [
      { key, label: REPORTED_LABELS[key] ?? humanise(key), value: figure.value, sourceIds: figure.sourceIds },
    ];
  });
}

export interface Takeaway {
  id: string;
  text: string;
  sourceIds: string[];
  /** An in-page link to more detail, e.g. the claim it summarises. */
  href?: string;
}

/** 3–5 neutral sentences derived from the records; a takeaway without a known source is dropped. */
export function keyTakeaways(summit: Summit): Takeaway[] {
  const known = new Set(summit.sources.map((s) => s.id));
  const candidates = [
    attendanceTakeaway(summit),
    readyTakeaway(summit),
    rulesOutTakeaway(summit),
    outsideTakeaway(summit, 'troops-after-ceasefire'),
    backstopTakeaway(summit),
  ];
  return candidates.flatMap((t) => {
    if (!t) return [];
    const sourceIds = unique(t.sourceIds).filter((id) => known.has(id));
    return sourceIds.length > 0 ? [{ ...t, sourceIds }] : [];
  });
}

function attendanceTakeaway(summit: Summit): Takeaway | null {
  const participants = participantsOf(summit);
  if (participants.length === 0) return null;
  const names = (a: Attendance) =>
    participants.filter((e) => e.participation.attendance === a).map((e) => nameInProse(e.name));
  const inPerson = names('in-person');
  const parts = [
    inPerson.length > 0 &&
      `${inPerson.length} in person${inPerson.length <= 12 ? ` (${listNames(inPerson)})` : ''}`,
    names('video').length > 0 && `${names('video').length} by video`,
    names('partial').length > 0 &&
      `${names('partial').length} for part of the meeting (${listNames(names('partial'))})`,
    names('absent').length > 0 && `${names('absent').length} absent`,
    names('unknown').length > 0 &&
      `${names('unknown').length} whose attendance is unconfirmed (${listNames(names('unknown'))})`,
  ].filter((p): p is string => typeof p === 'string');
  return {
    id: 'attendance',
    text: `This dataset lists ${countLabel(participants.length, 'participant')}: ${listNames(parts)}.`,
    sourceIds: participants.flatMap((e) => e.sourceIds),
  };
}

function readyTakeaway(summit: Summit): Takeaway | null {
  const ready = summit.entities.filter((e) => e.pledge?.status === 'ready-to-deploy');
  const reported = summit.meta.reported.pledgedCountries;
  if (ready.length === 0 && !reported) return null;
  const undisclosed = summit.entities.filter((e) => e.pledge?.status === 'undisclosed').length;
  const sentences = [
    reported && `Sources reported ${reported.value} countries as committed to the force.`,
    ready.length > 0
      ? `This dataset names ${ready.length} as ready to deploy forces: ${listNames(ready.map((e) => nameInProse(e.name)))}${lowConfidence(ready)}.`
      : 'This dataset names no country as ready to deploy forces.',
    undisclosed === 1 && 'For 1 other, nothing public was found on what it offers.',
    undisclosed > 1 && `For ${undisclosed} others, nothing public was found on what they offer.`,
  ].filter((s): s is string => typeof s === 'string');
  return {
    id: 'ready',
    text: sentences.join(' '),
    sourceIds: [...(reported?.sourceIds ?? []), ...ready.flatMap((e) => e.pledge?.sourceIds ?? [])],
  };
}

function rulesOutTakeaway(summit: Summit): Takeaway | null {
  const out = summit.entities.filter((e) => e.pledge?.status === 'rules-out-troops');
  if (out.length === 0) return null;
  const undecided = summit.entities.filter((e) => e.pledge?.status === 'undecided');
  const verb = out.length === 1 ? 'has ruled out sending its' : 'have ruled out sending their';
  const sentences = [
    `${upperFirst(listNames(out.map((e) => nameInProse(e.name))))} ${verb} own troops${lowConfidence(out)}.`,
  ];
  if (undecided.length > 0) {
    const be = undecided.length === 1 ? 'is' : 'are';
    sentences.push(
      `${upperFirst(listNames(undecided.map((e) => nameInProse(e.name))))} ${be} recorded as undecided${lowConfidence(undecided)}.`,
    );
  }
  return {
    id: 'rules-out',
    text: sentences.join(' '),
    sourceIds: [...out, ...undecided].flatMap((e) => e.pledge?.sourceIds ?? []),
  };
}

const POSITION_VERBS: Partial<Record<Position, (count: number) => string>> = {
  supports: () => 'supported',
  conditional: () => 'gave conditional support to',
  ambivalent: (n) => `${n === 1 ? 'was' : 'were'} non-committal about`,
  opposes: () => 'opposed',
};

const TOPICS: Record<string, string> = {
  'troops-after-ceasefire': 'foreign troops in Ukraine after a ceasefire',
};

/** What people from non-participant entities said on one question, grouped by the position they took. */
export function outsideTakeaway(summit: Summit, questionId: string): Takeaway | null {
  const question = summit.questions.find((q) => q.id === questionId);
  if (!question) return null;
  const outside = new Map(
    summit.entities.filter((e) => e.participation.role === 'non-participant').map((e) => [e.id, e]),
  );
  const people = new Map(summit.people.filter((p) => outside.has(p.entityId)).map((p) => [p.id, p]));
  const stances = summit.stances.filter(
    (s) => s.questionId === questionId && people.has(s.personId) && POSITION_VERBS[s.position],
  );
  if (stances.length === 0) return null;
  const topic = TOPICS[questionId] ?? `“${question.label}”`;
  const clauses = unique(stances.map((s) => s.position)).map((position) => {
    const group = stances.filter((s) => s.position === position).map((s) => people.get(s.personId));
    const names = group.map((p) => p?.name ?? '');
    const entities = unique(group.map((p) => nameInProse(outside.get(p?.entityId ?? '')?.name ?? '')));
    const verb = POSITION_VERBS[position]?.(names.length) ?? '';
    return `${listNames(names)} (${listNames(entities)}) ${verb} ${topic}`;
  });
  return {
    id: `outside-${questionId}`,
    text: `Outside the meeting, ${clauses.join('; ')}.`,
    sourceIds: stances.flatMap((s) => s.sourceIds),
  };
}

const CLAIM_VERDICTS: Record<Claim['status'], string> = {
  confirmed: 'The sources checked confirm it.',
  corrected: 'The sources checked correct it.',
  disputed: 'Other sources dispute it.',
  unverified: 'No source checked confirms it.',
};

function backstopTakeaway(summit: Summit): Takeaway | null {
  const claim = summit.claims.find((c) => /backstop/i.test(c.id) || /backstop/i.test(c.text));
  if (!claim) return null;
  const by = summit.sources.find((s) => s.id === claim.claimedBy);
  return {
    id: 'backstop',
    text: `${by ? `${by.publisher} reported` : 'It was reported'}: “${claim.text}” ${CLAIM_VERDICTS[claim.status]}`,
    sourceIds: [claim.claimedBy, ...claim.sourceIds],
    href: `#claim-${claim.id}`,
  };
}

/** "; the evidence for X is of low confidence", or "; for 8 of them …", or "" when none is low. */
function lowConfidence(entities: readonly Entity[]): string {
  const low = entities.filter((e) => e.pledge?.confidence === 'low');
  if (low.length === 0) return '';
  if (low.length > 2) return `; for ${low.length} of them the evidence is of low confidence`;
  return `; the evidence for ${listNames(low.map((e) => nameInProse(e.name)))} is of low confidence`;
}

function participantsOf(summit: Summit) {
  return summit.entities.filter((e) => e.participation.role !== 'non-participant');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function rank(known: string[], key: string): number {
  const i = known.indexOf(key);
  return i === -1 ? known.length : i;
}

function humanise(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return upperFirst(words);
}
