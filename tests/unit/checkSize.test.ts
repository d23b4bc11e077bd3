// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BUDGETS,
  KB,
  checkSize,
  entryScripts,
  formatReport,
  gzipSize,
  staticImports,
} from '../../scripts/check-size';

let dist: string;

/** Random bytes barely compress, so a file of n bytes has a gzip size just above n. */
const incompressible = (n: number) => randomBytes(n).toString('latin1');

function put(path: string, content: string) {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, 'latin1');
}

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
<link rel="preload" href="./data/summit.json" as="fetch" crossorigin="anonymous" />
</head><body><div id="root"></div></body></html>`;

function makeDist({ entry = 10, vendor = 10, shared = 5, lazy = 200, css = 2, geo = 20 } = {}) {
  put('index.html', INDEX);
  put(
    'assets/index-abc.js',
    `import{a as e}from"./vendor-def.js";import"./shared-ghi.js";const l=()=>import("./lazy-jkl.js");` +
      `/*${incompressible(entry * KB)}*/`,
  );
  put('assets/vendor-def.js', `/*${incompressible(vendor * KB)}*/`);
  put('assets/shared-ghi.js', `/*${incompressible(shared * KB)}*/`);
  put('assets/lazy-jkl.js', `/*${incompressible(lazy * KB)}*/`);
  put('assets/index-abc.css', `/*${incompressible(css * KB)}*/`);
  put('geo/world.topo.json', `"${incompressible(geo * KB)}"`);
  put('data/summit.json', `"${incompressible(500 * KB)}"`);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'check-size-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('entryScripts and staticImports', () => {
  it('finds module scripts and modulepreloads, not stylesheets or fetch preloads', () => {
    expect(entryScripts(INDEX)).toEqual(['assets/index-abc.js', 'assets/vendor-def.js']);
    expect(
      entryScripts('<script type="module" src="/assets/a.js"></script><script src="x.js"></script>'),
    ).toEqual(['assets/a.js']);
  });

  it('follows static imports and re-exports, never dynamic import()', () => {
    const code = 'import{a}from"./b.js";import*as c from"../d.js";export{e}from"./e.js";import("./lazy.js")';
    expect(staticImports(code, 'assets/x.js')).toEqual(['assets/b.js', 'd.js', 'assets/e.js']);
  });
});

describe('checkSize', () => {
  it('passes within budget and classifies every file', () => {
    makeDist();
    const report = checkSize(dist);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const kinds = Object.fromEntries(report.assets.map((a) => [a.path, a.kind]));
    expect(kinds).toEqual({
      'assets/index-abc.js': 'js (first load)',
      'assets/vendor-def.js': 'js (first load)',
      'assets/shared-ghi.js': 'js (first load)',
      'assets/lazy-jkl.js': 'js (lazy)',
      'assets/index-abc.css': 'css',
      'geo/world.topo.json': 'geometry',
      'data/summit.json': 'data',
    });
    // The 200 KB lazy chunk and the 500 KB dataset do not count against any budget.
    expect(report.totals['js (first load)'].gzip).toBeGreaterThan(25 * KB);
    expect(report.totals['js (first load)'].gzip).toBeLessThan(26 * KB);
    expect(formatReport(report)).toMatch(/Size budget: OK/);
  });

  it('fails when first-load JS (entry + static imports) is over 120 KB gzip', () => {
    makeDist({ entry: 60, vendor: 50, shared: 15 });
    const report = checkSize(dist);
    expect(report.ok).toBe(false);
    const js = report.checks.find((c) => c.name === 'first-load JS');
    expect(js?.ok).toBe(false);
    expect(js?.budget).toBe(120 * 1024);
    expect(formatReport(report)).toMatch(
      /Size budget FAILED: first-load JS is 125\.\d KB gzip \(budget 120\.0 KB\)/,
    );
  });

  it('fails on geometry over 45 KB and CSS over 10 KB, each named', () => {
    makeDist({ geo: 46, css: 11 });
    const report = checkSize(dist);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([
      'geometry (dist/geo/*.json)',
      'CSS',
    ]);
    expect(formatReport(report)).toMatch(/CSS is 11\.\d KB gzip \(budget 10\.0 KB\)/);
  });

  it('compares with ≤: exactly the budget passes', () => {
    makeDist({ css: 0 });
    const report = checkSize(dist);
    const css = report.checks.find((c) => c.name === 'CSS');
    expect(css?.ok).toBe(true);
    expect(BUDGETS.css).toBe(10 * 1024);
  });

  it('fails with a clear message when dist/ or a referenced script is missing', () => {
    const missing = checkSize(join(dist, 'nope'));
    expect(missing.ok).toBe(false);
    expect(formatReport(missing)).toMatch(/index\.html not found — run `npm run build` first/);

    makeDist();
    rmSync(join(dist, 'assets/vendor-def.js'));
    const broken = checkSize(dist);
    expect(broken.ok).toBe(false);
    expect(broken.errors).toEqual([
      'dist/assets/vendor-def.js is referenced as first-load JS but does not exist',
    ]);
  });

  it('measures gzip at level 9', () => {
    const text = Buffer.from('a'.repeat(10_000));
    expect(gzipSize(text)).toBeLessThan(100);
  });
});
