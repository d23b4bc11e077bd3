/**
 * Fuzzing the loader: random mutations of a valid dataset. The loader must never throw, and must
 * return either a valid summit or a non-empty list of problems. fast-check prints the seed and the
 * shrunk counterexample on failure; rerun with `{ seed }` to reproduce.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseSummitText, parseSummitValue } from '../../src/data/parseSummit';

const VALID: unknown = JSON.parse(readFileSync('tests/fixtures/valid-small.json', 'utf8'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** All paths to values inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const copy: Json = structuredClone(root);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete (node as Record<string, Json>)[String(last)];
  } else (node as Record<string | number, Json>)[last] = next;
  return copy;
}

const nasty = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    '',
    '2025-02-30',
    'javascript:alert(1)',
    '<script>',
    [],
    {},
    '__proto__',
  ),
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.string({ maxLength: 40 }),
);

const allPaths = paths(VALID as Json);
const mutation = fc.record({
  path: fc.constantFrom(...allPaths),
  value: fc.option(nasty, { nil: undefined }),
});

describe('loader fuzzing', () => {
  it('never throws on 1,000 random mutations of a valid dataset', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let doc = VALID as Json;
        for (const m of mutations) {
          try {
            doc = setAt(doc, m.path, m.value);
          } catch {
            // The path no longer exists after an earlier mutation: skip it.
          }
        }
        const result = parseSummitValue(doc);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        const text = parseSummitText(JSON.stringify(doc));
        expect(text.ok).toBe(result.ok);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseSummitText(text);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.issues).not.toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });
});
