/** Medians and ranges over runs, and the per-row summary the report prints. */
import type { RegionName } from './inpage.ts';
import type { RunResult, Target } from './measure.ts';
import type { Profile } from './profiles.ts';

export interface Stat {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median and [min–max] of the numbers present; null when there are none. */
export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return { n: xs.length, median: median(xs), min: xs[0] as number, max: xs[xs.length - 1] as number };
}

/** One frame at 60 Hz: the budget a filter change's work must fit in (issue 7). */
export const FRAME_BUDGET_MS = 1000 / 60;

/** The q-quantile (0–1) by nearest rank; null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Share (0–1) of the values at or under `limit`; null for no values. */
export function shareWithin(values: readonly number[], limit: number): number | null {
  return values.length === 0 ? null : values.filter((v) => v <= limit).length / values.length;
}

/** Event Timing only reports entries ≥ 16 ms, so "no entry" is recorded as its upper bound, 16. */
export const EVENT_FLOOR_MS = 16;

export interface RowSummary {
  profile: Profile['id'];
  profileLabel: string;
  target: Target['id'];
  targetLabel: string;
  n: number;
  fcp: Stat | null;
  drawn: Stat | null;
  notDrawn: number;
  missing: RegionName[];
  drawSources: string[];
  /** Over every in-page click of every run. */
  filterPaint: Stat | null;
  filterScript: Stat | null;
  clicksPerRun: number;
  missingButtons: string[];
  /** Per run, the worst real click (INP-like); then median and range over runs. */
  eventWorst: Stat | null;
  /** Every real click of every run. */
  eventAll: Stat | null;
  longTaskLoad: Stat | null;
  longTaskFilters: Stat | null;
  /** Per run, the longest task of the whole visit (load and clicks). */
  longTaskAll: Stat | null;
  heapMB: Stat | null;
  domNodes: Stat | null;
  svgNodes: Stat | null;
  perClick: Record<string, { paint: Stat | null; event: Stat | null }>;
  errors: string[];
}

export function summarise(profile: Profile, target: Target, runs: readonly RunResult[]): RowSummary {
  const clicks = runs.flatMap((r) => r.clicks);
  const events = runs.flatMap((r) => r.eventClicks.filter((c) => !c.missing));
  const eventValue = (c: { duration: number | null }) => c.duration ?? EVENT_FLOOR_MS;
  const labels = [...new Set(clicks.map((c) => c.label))];
  const perClick = Object.fromEntries(
    labels.map((label) => [
      label,
      {
        paint: stat(clicks.filter((c) => c.label === label).map((c) => c.paint)),
        event: stat(events.filter((c) => c.label === label).map(eventValue)),
      },
    ]),
  );
  const runsWithEvents = runs.filter((r) => r.eventClicks.some((c) => !c.missing));
  return {
    profile: profile.id,
    profileLabel: profile.label,
    target: target.id,
    targetLabel: target.label,
    n: runs.length,
    fcp: stat(runs.map((r) => r.fcp)),
    drawn: stat(runs.map((r) => r.drawn)),
    notDrawn: runs.filter((r) => r.drawn === null).length,
    missing: [...new Set(runs.flatMap((r) => r.missing))],
    drawSources: [
      ...new Set(runs.map((r) => r.drawSource).filter((s): s is 'mark' | 'observer' => s !== null)),
    ],
    filterPaint: stat(clicks.map((c) => c.paint)),
    filterScript: stat(clicks.map((c) => c.script)),
    clicksPerRun: runs.length ? clicks.filter((c) => !c.missing).length / runs.length : 0,
    missingButtons: [...new Set(clicks.filter((c) => c.missing).map((c) => c.label))],
    eventWorst: stat(
      runsWithEvents.map((r) => Math.max(...r.eventClicks.filter((c) => !c.missing).map(eventValue))),
    ),
    eventAll: stat(events.map(eventValue)),
    longTaskLoad: stat(runs.map((r) => r.longTaskLoad)),
    longTaskFilters: stat(runs.map((r) => r.longTaskFilters)),
    longTaskAll: stat(runs.map((r) => Math.max(r.longTaskLoad, r.longTaskFilters ?? 0))),
    heapMB: stat(runs.map((r) => r.heapMB)),
    domNodes: stat(runs.map((r) => r.domNodes)),
    svgNodes: stat(runs.map((r) => r.svgNodes)),
    perClick,
    errors: [...new Set(runs.flatMap((r) => r.errors))].slice(0, 5),
  };
}
