import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSummitText } from '../../src/data/parseSummit';
import { suggestFix } from '../../src/data/suggestFix';

describe('suggestFix', () => {
  it('gives a specific fix for every problem in the invalid fixtures', () => {
    const dir = resolve('tests/fixtures/invalid');
    const expected = JSON.parse(readFileSync(resolve(dir, 'expected-errors.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    for (const file of Object.keys(expected)) {
      const result = parseSummitText(readFileSync(resolve(dir, file), 'utf8'));
      if (result.ok) throw new Error(`${file} should be invalid`);
      for (const issue of result.issues) {
        expect(suggestFix(issue), `${file}: ${issue.message}`).not.toBe(
          'Correct the value so that it matches the format.',
        );
      }
    }
  });

  it('names the collection to add a missing reference to', () => {
    expect(suggestFix({ path: 'stances[0].sourceIds[0]', message: 'unknown source "x"' })).toMatch(
      /"sources"/,
    );
    expect(suggestFix({ path: 'people[0].entityId', message: 'unknown entity "x"' })).toMatch(/"entities"/);
  });
});
