import { spawnSync } from 'node:child_process';

function run(...files: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', ...files], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run validate-data', { timeout: 60_000 }, () => {
  it('exits 0 for a valid file', () => {
    const { code, out } = run('tests/fixtures/valid-small.json');
    expect(code).toBe(0);
    expect(out).toMatch(/valid — 8 entities, 7 people, 3 questions, 10 stances, 8 events, 3 sources/);
  });

  it('exits 1 and lists every problem for an invalid file', () => {
    const { code, err } = run('tests/fixtures/invalid/broken-references.json');
    expect(code).toBe(1);
    expect(err).toContain('7 problems');
    expect(err).toContain('stances[0].sourceIds[0]: unknown source "src-99"');
  });

  it('exits 2 for a file that is not JSON or cannot be read', () => {
    expect(run('tests/fixtures/invalid/not-json.json').code).toBe(2);
    expect(run('tests/fixtures/does-not-exist.json').code).toBe(2);
  });
});

describe('the downloadable template', { timeout: 60_000 }, () => {
  it('is a valid summit', () => {
    expect(run('public/data/summit.template.json').code).toBe(0);
  });
});
