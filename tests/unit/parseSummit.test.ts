import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../../src/data/issues';
import { MAX_DATASET_BYTES, parseSummitText, parseSummitValue } from '../../src/data/parseSummit';
import { isHttpUrl } from '../../src/data/validateSummit';

const dir = resolve('tests/fixtures/invalid');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected-errors.json'), 'utf8')) as Record<
  string,
  string[]
>;
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected-errors.json');

describe('the valid fixture', () => {
  it('parses into a Summit', () => {
    const result = parseSummitText(readFileSync(resolve('tests/fixtures/valid-small.json'), 'utf8'));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.summit.entities.map((e) => e.id)).toEqual([
      'fra',
      'gbr',
      'ita',
      'lux',
      'ukr',
      'nato',
      'usa',
      'rus',
    ]);
  });
});

describe('invalid fixtures yield exactly their listed errors', () => {
  it('lists an expectation for every fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtures.sort());
  });

  it.each(fixtures)('%s', (file) => {
    const result = parseSummitText(readFileSync(resolve(dir, file), 'utf8'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(expected[file]);
  });
});

describe('parseSummitValue', () => {
  it('reports a non-object root with a path', () => {
    const result = parseSummitValue([1, 2]);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['(root): expected object, found array']);
  });

  it('never throws on deep nesting and reports it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = parseSummitValue({ schemaVersion: 1, meta: deep });
    expect(result.ok).toBe(false);
  });

  it('refuses text above the size limit before parsing it', () => {
    const result = parseSummitText(' '.repeat(MAX_DATASET_BYTES + 1));
    expect(result.ok ? '' : result.issues[0]?.message).toMatch(/the limit is 5 MB/);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://www.elysee.fr/x', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,hi', false],
    ['//example.org', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});
