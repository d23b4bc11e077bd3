/**
 * Rules that span records: unique ids, references that resolve, real calendar dates, date order,
 * one stance per (person, question), http(s) links only, real ISO codes. Shapes are already checked by
 * the zod schema; this runs on a shape-valid dataset and collects every problem instead of stopping.
 */
import { isCalendarDate } from './calendarDate';
import { formatPath, type DataIssue } from './issues';
import { isIso3 } from './iso3';
import type { Summit } from './schema';

type Path = (string | number)[];

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function validateSummit(summit: Summit): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path: formatPath(path), message });

  const indexIds = (collection: keyof Summit, records: readonly { id: string }[]): Set<string> => {
    const seen = new Map<string, number>();
    records.forEach((record, i) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, i);
      else
        report(
          [collection, i, 'id'],
          `duplicate id "${record.id}" (already used by ${collection}[${first}])`,
        );
    });
    return new Set(seen.keys());
  };
  const sourceIds = indexIds('sources', summit.sources);
  const entityIds = indexIds('entities', summit.entities);
  const personIds = indexIds('people', summit.people);
  const questionIds = indexIds('questions', summit.questions);
  indexIds('events', summit.events);
  indexIds('claims', summit.claims);
  indexIds('story', summit.story);

  const refs = (path: Path, ids: readonly string[], known: Set<string>, what: string) =>
    ids.forEach((ref, i) => {
      if (!known.has(ref)) report([...path, i], `unknown ${what} "${ref}"`);
    });
  const ref = (path: Path, value: string, known: Set<string>, what: string) => {
    if (!known.has(value)) report(path, `unknown ${what} "${value}"`);
  };
  const date = (path: Path, value: string | undefined) => {
    if (value !== undefined && !isCalendarDate(value)) report(path, `"${value}" is not a real calendar date`);
  };

  date(['meta', 'date'], summit.meta.date);
  date(['meta', 'updated'], summit.meta.updated);
  for (const [key, figure] of Object.entries(summit.meta.reported)) {
    refs(['meta', 'reported', key, 'sourceIds'], figure.sourceIds, sourceIds, 'source');
  }

  summit.sources.forEach((source, i) => {
    if (!isHttpUrl(source.url)) report(['sources', i, 'url'], 'must be an http:// or https:// link');
    date(['sources', i, 'published'], source.published);
    date(['sources', i, 'accessed'], source.accessed);
  });

  summit.entities.forEach((entity, i) => {
    const at: Path = ['entities', i];
    if (entity.kind === 'country') {
      if (entity.iso3 === undefined)
        report([...at, 'iso3'], 'is required for a country (ISO 3166-1 alpha-3)');
      else if (!isIso3(entity.iso3))
        report([...at, 'iso3'], `"${entity.iso3}" is not an ISO 3166-1 alpha-3 code`);
    }
    refs([...at, 'participation', 'representedBy'], entity.participation.representedBy, personIds, 'person');
    if (entity.pledge) refs([...at, 'pledge', 'sourceIds'], entity.pledge.sourceIds, sourceIds, 'source');
    refs([...at, 'sourceIds'], entity.sourceIds, sourceIds, 'source');
  });

  summit.people.forEach((person, i) => ref(['people', i, 'entityId'], person.entityId, entityIds, 'entity'));

  const stanceKeys = new Map<string, number>();
  summit.stances.forEach((stance, i) => {
    const at: Path = ['stances', i];
    ref([...at, 'personId'], stance.personId, personIds, 'person');
    ref([...at, 'questionId'], stance.questionId, questionIds, 'question');
    date([...at, 'date'], stance.date);
    refs([...at, 'sourceIds'], stance.sourceIds, sourceIds, 'source');
    const key = `${stance.personId}\u0000${stance.questionId}`;
    const first = stanceKeys.get(key);
    if (first === undefined) stanceKeys.set(key, i);
    else
      report(
        at,
        `second stance of "${stance.personId}" on "${stance.questionId}" (already in stances[${first}])`,
      );
  });

  summit.events.forEach((event, i) => {
    const at: Path = ['events', i];
    date([...at, 'date'], event.date);
    date([...at, 'endDate'], event.endDate);
    if (event.endDate !== undefined && isCalendarDate(event.endDate) && event.endDate < event.date) {
      report([...at, 'endDate'], `must not be before date (${event.endDate} < ${event.date})`);
    }
    refs([...at, 'entityIds'], event.entityIds, entityIds, 'entity');
    refs([...at, 'personIds'], event.personIds, personIds, 'person');
    refs([...at, 'sourceIds'], event.sourceIds, sourceIds, 'source');
  });

  summit.claims.forEach((claim, i) => {
    ref(['claims', i, 'claimedBy'], claim.claimedBy, sourceIds, 'source');
    refs(['claims', i, 'sourceIds'], claim.sourceIds, sourceIds, 'source');
  });
  summit.story.forEach((slide, i) =>
    refs(['story', i, 'sourceIds'], slide.sourceIds ?? [], sourceIds, 'source'),
  );

  return issues;
}
