/** One measured page visit: load, filter clicks (in-page and real), heap, node counts, long tasks. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  INIT_SCRIPT,
  LOAD_SNAPSHOT_SCRIPT,
  LONG_TASKS_SCRIPT,
  NOW_SCRIPT,
  REGIONS,
  STATUS_SCRIPT,
  clickSequenceScript,
  eventsSinceScript,
  findButtonScript,
  settleScript,
  type EventEntry,
  type FilterStep,
  type InPageClick,
  type LoadSnapshot,
  type RegionName,
} from './inpage.ts';
import { applyProfile, type Profile } from './profiles.ts';

export type TargetId = 'floor' | 'shipped' | 'synthetic';

export interface Target {
  id: TargetId;
  label: string;
  url: string;
  /** Has a filter bar to click (the floor page has none). */
  interactive: boolean;
}

/** E3 → EU → G7 → clear: grows, changes and empties the entity filter, which all three views follow. */
export const FILTER_STEPS: readonly FilterStep[] = [
  { label: 'E3', preset: 'E3' },
  { label: 'EU', preset: 'EU member states' },
  { label: 'G7', preset: 'G7 members' },
  { label: 'clear', clear: true },
];

export interface EventClick {
  label: string;
  /** Longest Event Timing entry of the interaction; null = none ≥ 16 ms was reported (so < 16 ms). */
  duration: number | null;
  missing?: boolean;
}

export interface RunResult {
  target: TargetId;
  profile: Profile['id'];
  fcp: number | null;
  /** Navigation start → the frame after all three views hold a mark (or after the app's own mark). */
  drawn: number | null;
  drawnDom: number | null;
  drawSource: 'mark' | 'observer' | null;
  regions: Partial<Record<RegionName, number>>;
  missing: RegionName[];
  waitOutcome: 'drawn' | 'quiet' | 'timeout';
  domNodes: number;
  svgNodes: number;
  heapMB: number | null;
  clicks: InPageClick[];
  eventClicks: EventClick[];
  /** Longest long task (ms) before the first filter click; 0 = none over 50 ms. */
  longTaskLoad: number;
  /** Longest long task during the filter clicks; null when there were no clicks. */
  longTaskFilters: number | null;
  errors: string[];
  bodyText?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface NetworkTracker {
  pending: number;
  last: number;
}

function trackNetwork(page: Page): NetworkTracker {
  const net = { pending: 0, last: Date.now() };
  page.on('request', () => {
    net.pending++;
    net.last = Date.now();
  });
  const done = () => {
    net.pending = Math.max(0, net.pending - 1);
    net.last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return net;
}

/** Polls until drawn, or until nothing happens for `quietMs` (no DOM change, no request), or timeout. */
async function waitFor(
  page: Page,
  net: NetworkTracker,
  opts: { quietMs: number; timeoutMs: number; untilDrawn: boolean },
): Promise<RunResult['waitOutcome']> {
  const start = Date.now();
  for (;;) {
    const status = (await page.evaluate(STATUS_SCRIPT)) as { done: boolean; mutationAge: number };
    if (opts.untilDrawn && status.done) return 'drawn';
    const quiet =
      net.pending === 0 && Date.now() - net.last > opts.quietMs && status.mutationAge > opts.quietMs;
    if (quiet) return status.done ? 'drawn' : 'quiet';
    if (Date.now() - start > opts.timeoutMs) return status.done ? 'drawn' : 'timeout';
    await sleep(150);
  }
}

async function realClicks(page: Page, steps: readonly FilterStep[], settleMs: number): Promise<EventClick[]> {
  const out: EventClick[] = [];
  for (const step of steps) {
    await page.evaluate(settleScript(settleMs));
    const handle = await page.evaluateHandle<HTMLButtonElement | null>(findButtonScript(step));
    const button = handle.asElement();
    if (!button) {
      out.push({ label: step.label, duration: null, missing: true });
      await handle.dispose();
      continue;
    }
    // Real input (CDP mouse events) at the button's centre; unlike ElementHandle.click this does not
    // wait for "navigations" afterwards, which the app's history updates can look like.
    await button.scrollIntoViewIfNeeded({ timeout: 10_000 });
    const box = await button.boundingBox();
    if (!box) {
      out.push({ label: step.label, duration: null, missing: true });
      await handle.dispose();
      continue;
    }
    const since = (await page.evaluate(NOW_SCRIPT)) as number;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.evaluate(settleScript(50));
    const entries = (await page.evaluate(eventsSinceScript(since))) as EventEntry[];
    out.push({
      label: step.label,
      duration: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
    });
    await handle.dispose();
  }
  return out;
}

/** A visit that broke (page crash, protocol error): kept in the results as not drawn, with the reason. */
function failedRun(target: Target, profile: Profile, error: unknown): RunResult {
  return {
    target: target.id,
    profile: profile.id,
    fcp: null,
    drawn: null,
    drawnDom: null,
    drawSource: null,
    regions: {},
    missing: REGIONS.map(([name]) => name),
    waitOutcome: 'timeout',
    domNodes: 0,
    svgNodes: 0,
    heapMB: null,
    clicks: [],
    eventClicks: [],
    longTaskLoad: 0,
    longTaskFilters: null,
    errors: [`bench: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`],
  };
}

export async function measureRun(browser: Browser, target: Target, profile: Profile): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    return await visit(context, target, profile);
  } catch (error) {
    return failedRun(target, profile, error);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function visit(context: BrowserContext, target: Target, profile: Profile): Promise<RunResult> {
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const cdp = await context.newCDPSession(page);
  await applyProfile(cdp, profile);
  await page.addInitScript({ content: INIT_SCRIPT });
  const net = trackNetwork(page);
  try {
    await page.goto(target.url, { waitUntil: 'load', timeout: profile.drawnTimeoutMs });
  } catch (error) {
    errors.push(`navigation: ${(error as Error).message.split('\n')[0]}`);
  }
  const waitOutcome = await waitFor(page, net, {
    quietMs: profile.quietMs,
    timeoutMs: profile.drawnTimeoutMs,
    untilDrawn: true,
  });
  // Let late work (geometry, fonts, effects) finish before counting nodes and clicking.
  await waitFor(page, net, { quietMs: profile.settleMs * 3, timeoutMs: 10_000, untilDrawn: false });
  const snap = (await page.evaluate(LOAD_SNAPSHOT_SCRIPT)) as LoadSnapshot;
  const useMark = snap.markPainted !== null;
  const drawn = useMark ? snap.markPainted : snap.observerPainted;

  let clicks: InPageClick[] = [];
  let eventClicks: EventClick[] = [];
  let clickStart: number | null = null;
  if (target.interactive && snap.hasFilters) {
    clickStart = (await page.evaluate(NOW_SCRIPT)) as number;
    clicks = (await page.evaluate(clickSequenceScript(FILTER_STEPS, profile.settleMs))) as InPageClick[];
    eventClicks = await realClicks(page, FILTER_STEPS, profile.settleMs);
    await page.evaluate(settleScript(profile.settleMs));
  }
  const tasks = (await page.evaluate(LONG_TASKS_SCRIPT)) as { start: number; duration: number }[];
  const longest = (list: typeof tasks) => list.reduce((max, t) => Math.max(max, t.duration), 0);

  let heapMB: number | null = null;
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    heapMB = usage.usedSize / 1024 / 1024;
  } catch (error) {
    errors.push(`heap: ${(error as Error).message}`);
  }

  const missing = REGIONS.map(([name]) => name).filter((name) => snap.regions[name] === undefined);
  return {
    target: target.id,
    profile: profile.id,
    fcp: snap.fcp,
    drawn,
    drawnDom: useMark ? snap.markDom : snap.observerDom,
    drawSource: drawn === null ? null : useMark ? 'mark' : 'observer',
    regions: snap.regions,
    missing: drawn === null ? missing : [],
    waitOutcome,
    domNodes: snap.domNodes,
    svgNodes: snap.svgNodes,
    heapMB,
    clicks,
    eventClicks,
    longTaskLoad: longest(tasks.filter((t) => clickStart === null || t.start < clickStart)),
    longTaskFilters: clickStart === null ? null : longest(tasks.filter((t) => t.start >= (clickStart ?? 0))),
    errors: errors.slice(0, 5),
    ...(drawn === null ? { bodyText: snap.bodyText } : {}),
  };
}
