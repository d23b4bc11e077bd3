/**
 * npm run size — run after `npm run build`. Lists every file in dist/assets, dist/data and dist/geo
 * with its raw and gzip size (zlib level 9) and checks the byte budgets (KB = 1024 bytes):
 *   first-load JS  ≤ 120 KB gzip: the module script(s) and modulepreload links of dist/index.html,
 *                  plus whatever those files import statically; other JS chunks load lazily and are
 *                  reported separately
 *   geometry       ≤  45 KB gzip: dist/geo/**\/*.json
 *   CSS            ≤  10 KB gzip: every .css file in dist/assets
 * The dataset (dist/data) is reported without a budget. Exit 1 when a budget is exceeded or dist/ is
 * missing or incomplete.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const BUDGETS = { firstLoadJs: 120 * KB, geometry: 45 * KB, css: 10 * KB } as const;

export type AssetKind = 'js (first load)' | 'js (lazy)' | 'css' | 'geometry' | 'data' | 'other';

export interface Asset {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

export interface BudgetCheck {
  name: string;
  gzip: number;
  budget: number;
  ok: boolean;
}

export interface SizeReport {
  assets: Asset[];
  totals: Record<AssetKind, { raw: number; gzip: number; count: number }>;
  checks: BudgetCheck[];
  /** Problems that make the report unreliable (missing index.html, a referenced file that is absent). */
  errors: string[];
  ok: boolean;
}

export const gzipSize = (data: Buffer): number => gzipSync(data, { level: 9 }).length;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const toPosix = (p: string) => p.split(sep).join('/');

/** dist-relative paths of the JS that index.html loads up front: module scripts and modulepreloads. */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src') !== undefined;
    const isPreload = /^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload';
    const url = isModuleScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url !== undefined && !/^[a-z]+:|^\/\//i.test(url))
      found.push(posix.normalize(url.replace(/^\//, '')));
  }
  return [...new Set(found)];
}

/** Static imports and re-exports of a built ES module (`import … from "./x.js"`), never `import()`. */
export function staticImports(code: string, fromPath: string): string[] {
  const dir = posix.dirname(fromPath);
  const specs = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ];
  return specs.map((m) => posix.normalize(posix.join(dir, m[1] as string)));
}

/** The first-load JS closure: entry scripts plus everything they import statically, transitively. */
export function firstLoadClosure(distDir: string, entries: readonly string[], errors: string[]): Set<string> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (visited.has(path)) continue;
    visited.add(path);
    const file = join(distDir, path);
    if (!existsSync(file)) {
      errors.push(`dist/${path} is referenced as first-load JS but does not exist`);
      continue;
    }
    seen.add(path);
    queue.push(...staticImports(readFileSync(file, 'utf8'), path));
  }
  return seen;
}

function classify(path: string, firstLoad: Set<string>): AssetKind {
  if (path.startsWith('geo/') && path.endsWith('.json')) return 'geometry';
  if (path.startsWith('data/')) return 'data';
  if (/\.m?js$/.test(path)) return firstLoad.has(path) ? 'js (first load)' : 'js (lazy)';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

export function checkSize(distDir: string): SizeReport {
  const errors: string[] = [];
  const indexHtml = join(distDir, 'index.html');
  let firstLoad = new Set<string>();
  if (!existsSync(indexHtml)) errors.push(`${toPosix(indexHtml)} not found — run \`npm run build\` first`);
  else {
    const entries = entryScripts(readFileSync(indexHtml, 'utf8'));
    if (entries.length === 0) errors.push('dist/index.html loads no module script');
    firstLoad = firstLoadClosure(distDir, entries, errors);
  }

  const assets: Asset[] = ['assets', 'data', 'geo']
    .flatMap((sub) => walk(join(distDir, sub)))
    .map((file) => {
      const path = toPosix(relative(distDir, file));
      const data = readFileSync(file);
      return { path, kind: classify(path, firstLoad), raw: data.length, gzip: gzipSize(data) };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  // A first-load script outside dist/assets (unusual, but possible) still counts against the budget.
  for (const path of firstLoad) {
    if (!assets.some((a) => a.path === path)) {
      const data = readFileSync(join(distDir, path));
      assets.push({ path, kind: 'js (first load)', raw: data.length, gzip: gzipSize(data) });
    }
  }

  const kinds: AssetKind[] = ['js (first load)', 'js (lazy)', 'css', 'geometry', 'data', 'other'];
  const totals = Object.fromEntries(
    kinds.map((k) => [k, { raw: 0, gzip: 0, count: 0 }]),
  ) as SizeReport['totals'];
  for (const a of assets) {
    totals[a.kind].raw += a.raw;
    totals[a.kind].gzip += a.gzip;
    totals[a.kind].count += 1;
  }
  const check = (name: string, gzip: number, budget: number): BudgetCheck => ({
    name,
    gzip,
    budget,
    ok: gzip <= budget,
  });
  const checks = [
    check('first-load JS', totals['js (first load)'].gzip, BUDGETS.firstLoadJs),
    check('geometry (dist/geo/*.json)', totals.geometry.gzip, BUDGETS.geometry),
    check('CSS', totals.css.gzip, BUDGETS.css),
  ];
  return { assets, totals, checks, errors, ok: errors.length === 0 && checks.every((c) => c.ok) };
}

export function formatReport(report: SizeReport): string {
  const width = Math.max(20, ...report.assets.map((a) => a.path.length));
  const row = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(width)}  ${b.padEnd(15)}  ${c.padStart(10)}  ${d.padStart(10)}`;
  const lines = [row('file (dist/)', 'kind', 'raw', 'gzip -9'), '-'.repeat(width + 41)];
  for (const a of report.assets) lines.push(row(a.path, a.kind, kb(a.raw), kb(a.gzip)));
  lines.push('', 'Totals:');
  for (const [kind, t] of Object.entries(report.totals)) {
    if (t.count > 0) lines.push(row(`  ${t.count} file(s)`, kind, kb(t.raw), kb(t.gzip)));
  }
  lines.push('', 'Budgets (gzip, KB = 1024 bytes):');
  for (const c of report.checks) {
    const verdict = c.ok ? 'ok' : `OVER by ${kb(c.gzip - c.budget)}`;
    lines.push(
      `  ${c.ok ? '✓' : '✗'} ${c.name.padEnd(28)} ${kb(c.gzip).padStart(9)} / ${kb(c.budget)}  ${verdict}`,
    );
  }
  lines.push(`  · dataset (dist/data, no budget): ${kb(report.totals.data.gzip)} gzip`);
  for (const e of report.errors) lines.push(`  ✗ ${e}`);
  const failed = report.checks
    .filter((c) => !c.ok)
    .map((c) => `${c.name} is ${kb(c.gzip)} gzip (budget ${kb(c.budget)})`);
  lines.push(
    '',
    report.ok ? 'Size budget: OK' : `Size budget FAILED: ${[...report.errors, ...failed].join('; ')}`,
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const report = checkSize(dist);
  const text = formatReport(report);
  if (report.ok) console.log(text);
  else console.error(text);
  process.exitCode = report.ok ? 0 : 1;
}
