import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../../src/data/issues';
import { parseSummitText } from '../../src/data/parseSummit';

const load = (name: string) => parseSummitText(readFileSync(resolve('tests/fixtures/hostile', name), 'utf8'));
const problems = (name: string) => {
  const result = load(name);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('the hostile corpus', () => {
  it('accepts HTML and script in strings as plain data (the views render it as text)', () => {
    const result = load('html-in-strings.json');
    expect(result.ok && result.summit.meta.title).toContain('<script>');
  });

  it('refuses javascript: and data: links, whatever their case or padding', () => {
    expect(problems('script-urls.json')).toEqual([
      'sources[0].url: must be an http:// or https:// link',
      'sources[1].url: must be an http:// or https:// link',
      'sources[2].url: must be an http:// or https:// link',
    ]);
  });

  it('refuses 100,000-character strings with the field named', () => {
    expect(problems('long-strings.json')).toEqual([
      'meta.summary: is longer than 20,000 characters',
      'entities[0].name: is longer than 20,000 characters',
    ]);
  });

  it('keeps right-to-left text and emoji intact', () => {
    const result = load('rtl-and-emoji.json');
    expect(result.ok && result.summit.people[0]?.name).toBe('إيمانويل ماكرون 👋🏽');
  });

  it('refuses deep nesting where a string belongs, without recursing into it', () => {
    expect(problems('deep-nesting.json')).toEqual(['meta.notes[0]: expected string, found array']);
  });

  it('takes the last of duplicate keys, as JSON.parse does, consistently everywhere', () => {
    const result = load('duplicate-keys.json');
    expect(result.ok && result.summit.meta.title).toBe('Duplicate-key title');
  });

  it('accepts empty collections', () => {
    const result = load('empty-collections.json');
    expect(result.ok && result.summit.entities).toEqual([]);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const result = load('prototype-keys.json');
    expect(result.ok && Object.keys(result.summit.meta.reported)).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('refuses a 10 MB file before parsing it', () => {
    const big = JSON.stringify({ schemaVersion: 1, padding: 'x'.repeat(10 * 1024 * 1024) });
    const started = performance.now();
    const result = parseSummitText(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok ? '' : formatIssue(result.issues[0] ?? { path: '', message: '' })).toBe(
      '(root): the file is 10.0 MB; the limit is 5 MB',
    );
  });
});
