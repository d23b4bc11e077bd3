/**
 * What each map colour means. Every category of a dimension pairs an Okabe–Ito colour with its own
 * pattern, so no meaning rests on colour alone (video = hatched, undisclosed = dotted, not taking
 * part = cross-hatched and muted); the legend draws the same pattern.
 */
import type { Entity } from '../data/schema';
import type { ColorBy } from '../state/viewState';
import { ATTENDANCE_LABELS, PLEDGE_LABELS, ROLE_LABELS } from './labels';

// One vocabulary for every view and filter.
export { ATTENDANCE_LABELS, PLEDGE_LABELS, ROLE_LABELS };

export const PATTERN_KINDS = [
  'solid',
  'hatch',
  'backhatch',
  'dots',
  'hlines',
  'vlines',
  'cross',
  'grid',
] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

export interface ColorCategory {
  value: string;
  label: string;
  /** A CSS custom property from base.css, e.g. "--c-blue". */
  color: string;
  pattern: PatternKind;
  /** Muted categories take theme-aware ink for their pattern lines. */
  muted?: true;
}

export const NOT_TAKING_PART: ColorCategory = {
  value: 'non-participant',
  label: 'Not taking part',
  color: '--muted-fill',
  pattern: 'cross',
  muted: true,
};

export const NO_PLEDGE: ColorCategory = {
  value: 'none',
  label: 'No pledge recorded',
  color: '--muted-fill',
  pattern: 'grid',
  muted: true,
};

const cat = (value: string, label: string, color: string, pattern: PatternKind): ColorCategory => ({
  value,
  label,
  color,
  pattern,
});

const ROLE_CATEGORIES: ColorCategory[] = [
  cat('host', ROLE_LABELS.host, '--c-vermillion', 'hlines'),
  cat('co-chair', ROLE_LABELS['co-chair'], '--c-orange', 'backhatch'),
  cat('member', ROLE_LABELS.member, '--c-blue', 'solid'),
  cat('observer', ROLE_LABELS.observer, '--c-sky', 'dots'),
  cat('guest', ROLE_LABELS.guest, '--c-purple', 'vlines'),
  NOT_TAKING_PART,
];

const ATTENDANCE_CATEGORIES: ColorCategory[] = [
  cat('in-person', ATTENDANCE_LABELS['in-person'], '--c-blue', 'solid'),
  cat('video', ATTENDANCE_LABELS.video, '--c-sky', 'hatch'),
  cat('partial', ATTENDANCE_LABELS.partial, '--c-orange', 'backhatch'),
  cat('absent', ATTENDANCE_LABELS.absent, '--c-vermillion', 'hlines'),
  cat('unknown', ATTENDANCE_LABELS.unknown, '--c-grey', 'dots'),
  NOT_TAKING_PART,
];

const PLEDGE_CATEGORIES: ColorCategory[] = [
  cat('ready-to-deploy', PLEDGE_LABELS['ready-to-deploy'], '--c-blue', 'solid'),
  cat('non-troop-support', PLEDGE_LABELS['non-troop-support'], '--c-sky', 'hatch'),
  cat('rules-out-troops', PLEDGE_LABELS['rules-out-troops'], '--c-vermillion', 'hlines'),
  cat('undecided', PLEDGE_LABELS.undecided, '--c-yellow', 'backhatch'),
  cat('undisclosed', PLEDGE_LABELS.undisclosed, '--c-grey', 'dots'),
  cat('not-applicable', PLEDGE_LABELS['not-applicable'], '--c-purple', 'vlines'),
  NO_PLEDGE,
  NOT_TAKING_PART,
];

const CATEGORIES: Record<ColorBy, ColorCategory[]> = {
  role: ROLE_CATEGORIES,
  attendance: ATTENDANCE_CATEGORIES,
  pledge: PLEDGE_CATEGORIES,
};

export const COLOR_BY_LABELS: Record<ColorBy, string> = {
  role: 'Role',
  attendance: 'Attendance',
  pledge: 'Pledge',
};

export function categoriesFor(colorBy: ColorBy): readonly ColorCategory[] {
  return CATEGORIES[colorBy];
}

export function isParticipant(entity: Entity): boolean {
  return entity.participation.role !== 'non-participant';
}

/** The category an entity is drawn in; non-participants are always "not taking part". */
export function categoryOf(entity: Entity, colorBy: ColorBy): ColorCategory {
  if (!isParticipant(entity)) return NOT_TAKING_PART;
  const value =
    colorBy === 'role'
      ? entity.participation.role
      : colorBy === 'attendance'
        ? entity.participation.attendance
        : (entity.pledge?.status ?? NO_PLEDGE.value);
  return CATEGORIES[colorBy].find((c) => c.value === value) ?? NOT_TAKING_PART;
}

/**
 * A pledge known only from unnamed or single sources ("low" confidence): the map outlines it dotted,
 * as the matrix borders a low-confidence cell, so seven countries named by one anonymous report do
 * not look as settled as France's or the UK's public statements.
 */
export function isUnconfirmedPledge(entity: Entity, colorBy: ColorBy): boolean {
  return colorBy === 'pledge' && isParticipant(entity) && entity.pledge?.confidence === 'low';
}

export interface LegendRow {
  category: ColorCategory;
  count: number;
}

/**
 * One row per category of the dimension, in legend order, counting the entities given. A category no
 * entity of `universe` (the whole dataset) has is left out, so the key never lists a value the map
 * cannot show ("Absent 0" beside the non-participants); one the filters hide keeps its row with 0.
 */
export function legendCounts(
  entities: readonly Entity[],
  colorBy: ColorBy,
  universe: readonly Entity[] = entities,
): LegendRow[] {
  const count = (list: readonly Entity[]) => {
    const counts = new Map<string, number>();
    for (const e of list) {
      const value = categoryOf(e, colorBy).value;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  };
  const counts = count(entities);
  const used = universe === entities ? counts : count(universe);
  return CATEGORIES[colorBy]
    .filter((category) => used.has(category.value))
    .map((category) => ({ category, count: counts.get(category.value) ?? 0 }));
}

/** A DOM-safe id for a category's pattern, unique per prefix. */
export function patternId(prefix: string, colorBy: ColorBy, category: ColorCategory): string {
  return `${prefix}-${colorBy}-${category.value}`;
}
