/**
 * npm run bench:frame [-- --visits 3 --rounds 8 --viewports 1920x1080,1440x900,1280x720,390x844 --skip-build]
 *
 * Issue 7's speed point: does a filter change fit in one frame (16.7 ms)? Unlike `npm run bench`, which
 * clicks four times per fresh page, this clicks presets 32 times per page at several window sizes,
 * and reports per click the work the click causes (its script, then the next frame's style,
 * layout and paint, wall clock) and, on Linux, the CPU time the renderer's main thread spent on it.
 * Wall clock grows when other processes take the cores; CPU time does not, so the two side by side
 * tell a slow app from a busy machine. Code warms up over a visit (V8 optimises what runs often), so
 * a visit's first click, its next 15 and the later ones are reported apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium';
import { FRAME_BUDGET_MS, quantile, shareWithin } from './stats.ts';
import { buildAll, buildDirs, prepareDatasets, serve } from './server.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PRESETS = ['E3', 'EU member states', 'G7 members', 'Nordic-Baltic Eight'];
/** Clicks 1–16 of a visit: what an analyst meets in their first minute. */
const EARLY = 16;

interface Options {
  visits: number;
  rounds: number;
  viewports: { width: number; height: number }[];
  skipBuild: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    visits: 3,
    rounds: 8,
    viewports: [
      { width: 1920, height: 1080 },
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ],
    skipBuild: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value = ''] = [argv[i], argv[i + 1]];
    if (flag === '--skip-build') {
      o.skipBuild = true;
      continue;
    }
    if ((flag === '--visits' || flag === '--rounds') && /^[1-9]\d*$/.test(value))
      o[flag === '--visits' ? 'visits' : 'rounds'] = Number(value);
    else if (flag === '--viewports' && /^(\d+x\d+)(,\d+x\d+)*$/.test(value))
      o.viewports = value.split(',').map((v) => {
        const [width, height] = v.split('x').map(Number) as [number, number];
        return { width, height };
      });
    else throw new Error(`unknown or incomplete argument "${flag}" (see bench/README.md)`);
    i++;
  }
  return o;
}

/** One preset click, started right after a frame: [script, the next frame's rendering] in ms. */
const clickScript = (preset: string | null) => `(async () => {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const button = ${preset === null ? 'null' : `[...document.querySelectorAll('section[aria-label="Filters"] button')].find((b) => b.textContent.trim().startsWith(${JSON.stringify(preset)}))`};
  // Asked for before the click, so work the app queues for after this frame is not counted.
  let t2 = 0, t3 = 0;
  const frame = new Promise((r) => requestAnimationFrame(() => { t2 = performance.now(); setTimeout(() => { t3 = performance.now(); r(); }, 0); }));
  const t0 = performance.now();
  if (button) button.click();
  // React renders a click's update in a microtask; two ticks later it has committed.
  await Promise.resolve(); await Promise.resolve();
  const t1 = performance.now();
  await frame;
  return [t1 - t0, t3 - t2];
})()`;

/** CPU ms of a process's main thread (its tid is its pid); null where /proc is missing. */
function mainThreadCpu(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** The page's renderer: of Chromium's renderer processes, the one that gets busy while the page spins. */
async function rendererPid(page: Page): Promise<number | null> {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
        } catch {
          return false;
        }
      });
  } catch {
    return null;
  }
  const before = pids.map(mainThreadCpu);
  await page.evaluate('{ const t = performance.now(); while (performance.now() - t < 200); }');
  const gains = pids.map((pid, i) => (mainThreadCpu(pid) ?? 0) - (before[i] ?? 0));
  const best = gains.indexOf(Math.max(...gains));
  return best >= 0 && (gains[best] ?? 0) > 100 ? (pids[best] ?? null) : null;
}

interface Sample {
  work: number;
  cpu: number | null;
}

async function visit(url: string, viewport: Options['viewports'][number], rounds: number) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(url);
    await page.waitForSelector('section[aria-label="Timeline"] [data-event-id]', { state: 'attached' });
    await page.waitForTimeout(2000);
    const pid = await rendererPid(page);
    // Where an analyst is when they click: the filter bar at the top, the views under it.
    await page.evaluate(`document.querySelector('section[aria-label="Filters"]').scrollIntoView()`);
    await page.waitForTimeout(300);
    const samples: Sample[] = [];
    const overhead: number[] = [];
    const measure = async (preset: string | null) => {
      const c0 = pid === null ? null : mainThreadCpu(pid);
      const [script, render] = (await page.evaluate(clickScript(preset))) as [number, number];
      const c1 = pid === null ? null : mainThreadCpu(pid);
      return { work: script + render, cpu: c0 === null || c1 === null ? null : c1 - c0 };
    };
    for (let k = 0; k < rounds * PRESETS.length; k++) {
      await page.waitForTimeout(150);
      samples.push(await measure(PRESETS[k % PRESETS.length] ?? null));
      // The same evaluate without a click, once the click's after-frame work is done: what the
      // harness itself costs the main thread.
      if (k % 2 === 1) {
        await page.waitForTimeout(150);
        overhead.push((await measure(null)).cpu ?? 0);
      }
    }
    const base = quantile(overhead, 0.5) ?? 0;
    return samples.map((s) => ({ work: s.work, cpu: s.cpu === null ? null : Math.max(0, s.cpu - base) }));
  } finally {
    await browser.close();
  }
}

const fmt = (v: number | null) => (v === null ? '  –  ' : v.toFixed(1).padStart(5));
const row = (xs: number[]) =>
  `${fmt(quantile(xs, 0.5))} ${fmt(quantile(xs, 0.75))} ${fmt(quantile(xs, 0.9))}  ${String(Math.round(100 * (shareWithin(xs, FRAME_BUDGET_MS) ?? 0))).padStart(3)} %`;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dirs = buildDirs(join(tmpdir(), 'summit-atlas-bench'));
  if (!o.skipBuild) {
    process.stderr.write('Building the app (vite build)…\n');
    await buildAll(REPO, dirs);
  }
  prepareDatasets(REPO, dirs);
  const server = await serve(REPO, dirs.app, 4193);
  const loads = [loadavg()[0] ?? 0];
  const byViewport = o.viewports.map(() => ({
    first: [] as number[],
    early: [] as Sample[],
    late: [] as Sample[],
  }));
  try {
    // Visits interleave the window sizes, so a busy spell on the machine hits them alike.
    for (let v = 1; v <= o.visits; v++)
      for (const [i, viewport] of o.viewports.entries()) {
        process.stderr.write(`visit ${v}/${o.visits} at ${viewport.width}×${viewport.height}\n`);
        const [first, ...rest] = await visit(server.url, viewport, o.rounds);
        if (first) byViewport[i]?.first.push(first.work);
        byViewport[i]?.early.push(...rest.slice(0, EARLY - 1));
        byViewport[i]?.late.push(...rest.slice(EARLY - 1));
      }
  } finally {
    await server.close();
  }
  loads.push(loadavg()[0] ?? 0);
  const lines = [
    `Filter click → next frame (${o.visits} visits × ${o.rounds} rounds of ${PRESETS.join(', ')} per window size); budget ${FRAME_BUDGET_MS.toFixed(1)} ms`,
    `1-min load average ${loads.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} CPUs`,
    'Work is wall clock (script + the next frame). Each cell: p50 p75 p90 in ms, share within budget.',
    '',
    `window     | 1st click | ${`clicks 2–${EARLY}, work`.padEnd(26)}| ${`clicks ${EARLY + 1}+, work`.padEnd(25)}| clicks ${EARLY + 1}+, main-thread CPU`,
  ];
  o.viewports.forEach(({ width, height }, i) => {
    const { first, early, late } = byViewport[i] ?? { first: [], early: [], late: [] };
    const cpu = late.map((s) => s.cpu).filter((c): c is number => c !== null);
    lines.push(
      [
        `${width}×${height}`.padEnd(10),
        `   ${fmt(quantile(first, 0.5))}  `,
        ` ${row(early.map((s) => s.work))} `,
        ` ${late.length ? row(late.map((s) => s.work)) : '(raise --rounds)'.padEnd(24)}`,
        ` ${cpu.length ? row(cpu) : '(not measured: no /proc)'}`,
      ].join(' |'),
    );
  });
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench:frame: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
