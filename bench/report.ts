/** Targets (PASS/MISS) and the readable tables printed to stdout. */
import { EVENT_FLOOR_MS, type RowSummary, type Stat } from './stats.ts';

export const num = (v: number) => (Math.abs(v) < 100 ? v.toFixed(1) : String(Math.round(v)));
export const fmt = (s: Stat | null, unit = '') =>
  s ? `${num(s.median)}${unit} [${num(s.min)}–${num(s.max)}]` : '–';
const fmtEvent = (s: Stat | null) => {
  if (!s) return '–';
  const v = (x: number) => (x <= EVENT_FLOOR_MS ? `≤${EVENT_FLOOR_MS}` : num(x));
  return `${v(s.median)} [${v(s.min)}–${v(s.max)}]`;
};
const fmtTask = (s: Stat | null) => (s ? fmt(s).replace(/\b0\.0\b/g, '0') : '–');

export function ratio(app: Stat | null, floor: Stat | null): number | null {
  return app && floor && floor.median > 0 ? app.median / floor.median : null;
}

function row(rows: readonly RowSummary[], target: RowSummary['target'], profile: RowSummary['profile']) {
  return rows.find((r) => r.target === target && r.profile === profile);
}

function drawnCell(r: RowSummary): string {
  if (r.notDrawn === 0) return fmt(r.drawn);
  const what = `not drawn ${r.notDrawn}/${r.n}${r.missing.length ? ` (${r.missing.join(', ')})` : ''}`;
  return r.drawn ? `${fmt(r.drawn)}; ${what}` : what;
}

export type Verdict = 'PASS' | 'MISS' | 'N/A';

export interface TargetCheck {
  dataset: string;
  profile: string;
  what: string;
  measured: string;
  limit: string;
  result: Verdict;
}

interface TargetSpec {
  target: 'shipped' | 'synthetic';
  profile: RowSummary['profile'];
  what: string;
  limit: number;
  unit: string;
  /** The value to compare, or a reason it could not be measured. */
  value: (r: RowSummary, rows: readonly RowSummary[]) => number | string;
}

const notDrawn = (r: RowSummary) => (r.notDrawn > 0 ? `not drawn in ${r.notDrawn}/${r.n} runs` : null);
const clicked = (r: RowSummary, s: Stat | null) =>
  s ? s.median : r.missingButtons.length ? `no button: ${r.missingButtons.join(', ')}` : 'no filter bar';

export const TARGETS: readonly TargetSpec[] = [
  {
    target: 'shipped',
    profile: 'unthrottled',
    what: 'views drawn ÷ floor',
    limit: 1.8,
    unit: '×',
    value: (r, rows) =>
      notDrawn(r) ?? ratio(r.drawn, row(rows, 'floor', 'unthrottled')?.drawn ?? null) ?? 'no floor',
  },
  {
    target: 'shipped',
    profile: 'phone',
    what: 'views drawn',
    limit: 3000,
    unit: ' ms',
    value: (r) => notDrawn(r) ?? r.drawn?.median ?? 'not drawn',
  },
  {
    target: 'shipped',
    profile: 'unthrottled',
    what: 'filter → next paint (median click)',
    limit: 16,
    unit: ' ms',
    value: (r) => clicked(r, r.filterPaint),
  },
  {
    target: 'shipped',
    profile: 'phone',
    what: 'Event Timing, worst click per run (median)',
    limit: 100,
    unit: ' ms',
    value: (r) => clicked(r, r.eventWorst),
  },
  {
    target: 'synthetic',
    profile: 'unthrottled',
    what: 'filter → next paint (median click)',
    limit: 50,
    unit: ' ms',
    value: (r) => clicked(r, r.filterPaint),
  },
  {
    target: 'synthetic',
    profile: 'phone',
    what: 'Event Timing, worst click per run (median)',
    limit: 200,
    unit: ' ms',
    value: (r) => clicked(r, r.eventWorst),
  },
  {
    target: 'synthetic',
    profile: 'unthrottled',
    what: 'longest task, load + clicks (median of runs)',
    limit: 200,
    unit: ' ms',
    value: (r) => r.longTaskAll?.median ?? 'not measured',
  },
  {
    target: 'synthetic',
    profile: 'phone',
    what: 'longest task, load + clicks (median of runs)',
    limit: 200,
    unit: ' ms',
    value: (r) => r.longTaskAll?.median ?? 'not measured',
  },
];

export function checkTargets(rows: readonly RowSummary[]): TargetCheck[] {
  return TARGETS.flatMap((t): TargetCheck[] => {
    const r = row(rows, t.target, t.profile);
    if (!r) return [];
    const v = t.value(r, rows);
    const limit = `≤ ${t.limit}${t.unit}`;
    const base = { dataset: r.targetLabel, profile: r.profileLabel, what: t.what, limit };
    if (typeof v === 'string') {
      return [{ ...base, measured: v, result: v.startsWith('not drawn') ? 'MISS' : 'N/A' }];
    }
    const measured = t.unit === '×' ? `${v.toFixed(2)}×` : `${num(v)}${t.unit}`;
    return [{ ...base, measured, result: v <= t.limit ? 'PASS' : 'MISS' }];
  });
}

function table(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function formatReport(rows: readonly RowSummary[], checks: readonly TargetCheck[]): string {
  const floorOf = (r: RowSummary) => row(rows, 'floor', r.profile);
  const x = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
  const load = table(
    [
      'profile',
      'page',
      'N',
      'FCP ms',
      'FCP ÷ floor',
      'views drawn ms',
      'drawn ÷ floor',
      'heap MB',
      'DOM',
      'SVG',
      'longest task (load) ms',
    ],
    rows.map((r) => [
      r.profileLabel,
      r.targetLabel,
      String(r.n),
      fmt(r.fcp),
      r.target === 'floor' ? '' : x(ratio(r.fcp, floorOf(r)?.fcp ?? null)),
      drawnCell(r),
      r.target === 'floor' ? '' : x(ratio(r.drawn, floorOf(r)?.drawn ?? null)),
      r.heapMB ? num(r.heapMB.median) : '–',
      r.domNodes ? String(Math.round(r.domNodes.median)) : '–',
      r.svgNodes ? String(Math.round(r.svgNodes.median)) : '–',
      fmtTask(r.longTaskLoad),
    ]),
  );
  const interactive = rows.filter((r) => r.target !== 'floor');
  const filters = table(
    [
      'profile',
      'page',
      'N',
      'clicks/run',
      'filter → paint ms',
      'script ms',
      'Event Timing worst/run ms',
      'all real clicks ms',
      'longest task (clicks) ms',
    ],
    interactive.map((r) => [
      r.profileLabel,
      r.targetLabel,
      String(r.n),
      r.clicksPerRun ? num(r.clicksPerRun) : '0',
      fmt(r.filterPaint),
      fmt(r.filterScript),
      fmtEvent(r.eventWorst),
      fmtEvent(r.eventAll),
      fmtTask(r.longTaskFilters),
    ]),
  );
  const targets = table(
    ['dataset', 'profile', 'target', 'measured', 'limit', 'result'],
    checks.map((c) => [c.dataset, c.profile, c.what, c.measured, c.limit, c.result]),
  );
  const notes = rows
    .filter((r) => r.errors.length > 0 || r.missingButtons.length > 0)
    .map(
      (r) =>
        `- ${r.profileLabel} · ${r.targetLabel}: ${[
          ...(r.missingButtons.length ? [`buttons not found: ${r.missingButtons.join(', ')}`] : []),
          ...r.errors.map((e) => e.slice(0, 160)),
        ].join(' | ')}`,
    );
  return [
    'Load (median [min–max] over N runs; drawn = frame after map, matrix and timeline all hold a mark)',
    load,
    '',
    'Filters (E3 → EU → G7 → clear; in-page element.click() to rAF+setTimeout(0); then real clicks, Event Timing ≥ 16 ms)',
    filters,
    '',
    'Targets',
    targets,
    ...(notes.length ? ['', 'Notes', ...notes] : []),
  ].join('\n');
}
