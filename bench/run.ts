/**
 * npm run bench [-- --runs 7 --phone-runs 5 --profile all|unthrottled|phone --seed 42 --skip-build]
 *
 * Builds the app and the floor page, serves both with `vite preview` on 127.0.0.1, and drives Chromium
 * (playwright-core) through the shipped dataset, a 10× synthetic one and the floor page, unthrottled
 * and on a phone profile. Prints tables with PASS/MISS per target and writes bench/results.json.
 * See bench/README.md for what each number means.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { DEFAULT_SEED } from './synthetic.ts';
import { FILTER_STEPS, measureRun, type RunResult, type Target } from './measure.ts';
import { makeProfiles, type Profile } from './profiles.ts';
import { checkTargets, formatReport } from './report.ts';
import { buildAll, buildDirs, makeSyntheticCopy, prepareDatasets, serve, type Server } from './server.ts';
import { summarise, type RowSummary } from './stats.ts';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORTS = { app: 4190, floor: 4191, appSynthetic: 4192 };

interface Options {
  runs: number;
  phoneRuns: number;
  profiles: Profile['id'][];
  seed: number;
  skipBuild: boolean;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    runs: 7,
    phoneRuns: -1,
    profiles: ['unthrottled', 'phone'],
    seed: DEFAULT_SEED,
    skipBuild: false,
    out: join(REPO, 'bench/results.json'),
  };
  const int = (flag: string, v: string | undefined) => {
    if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1)
      throw new Error(`${flag} needs a whole number ≥ 1`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--runs') o.runs = int(flag, value);
    else if (flag === '--phone-runs') o.phoneRuns = int(flag, value);
    else if (flag === '--seed') o.seed = int(flag, value);
    else if (flag === '--out' && value !== undefined) o.out = resolve(value);
    else if (flag === '--profile' && (value === 'unthrottled' || value === 'phone')) o.profiles = [value];
    else if (flag === '--profile' && value === 'all') o.profiles = ['unthrottled', 'phone'];
    else if (flag === '--skip-build') {
      o.skipBuild = true;
      continue;
    } else throw new Error(`unknown or incomplete argument "${flag}" (see bench/README.md)`);
    i++;
  }
  // Phone runs take 3–4× longer; 5 keeps a default run near 10 minutes on a 2-core machine.
  if (o.phoneRuns === -1) o.phoneRuns = Math.min(o.runs, 5);
  return o;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Does the app load ?data=<url>? If the request never goes out, the bench serves a copy instead. */
async function appHonoursDataParam(browser: Browser, url: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let requested = false;
    page.on('request', (r) => {
      if (r.url().includes('synthetic.json')) requested = true;
    });
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    for (let waited = 0; !requested && waited < 5_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    return requested;
  } finally {
    await context.close();
  }
}

const brief = (r: RunResult) =>
  [
    `FCP ${r.fcp === null ? '–' : Math.round(r.fcp)}`,
    r.drawn === null ? `NOT DRAWN (${r.missing.join(', ')})` : `drawn ${Math.round(r.drawn)}`,
    ...(r.clicks.length
      ? [`paint ${r.clicks.map((c) => (c.paint === undefined ? '–' : c.paint.toFixed(0))).join('/')}`]
      : []),
    ...(r.eventClicks.length ? [`ET ${r.eventClicks.map((c) => c.duration ?? '≤16').join('/')}`] : []),
  ].join(', ');

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const dirs = buildDirs(join(tmpdir(), 'summit-atlas-bench'));
  if (!options.skipBuild) {
    log('Building the app and the floor page (vite build)…');
    await buildAll(REPO, dirs);
  }
  const datasets = prepareDatasets(REPO, dirs, options.seed);
  if (datasets.shipped.note) log(`NOTE: ${datasets.shipped.note}`);

  const servers: Server[] = [];
  let browser: Browser | null = null;
  try {
    const app = await serve(REPO, dirs.app, PORTS.app);
    servers.push(app);
    const floor = await serve(REPO, dirs.floor, PORTS.floor);
    servers.push(floor);
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

    let syntheticUrl = new URL(datasets.synthetic.path, app.url).href;
    let dataMode: 'param' | 'copy' = 'param';
    if (!(await appHonoursDataParam(browser, syntheticUrl))) {
      dataMode = 'copy';
      log(
        'NOTE: the app ignores ?data=; serving the synthetic file as data/summit.json in a copy of the build',
      );
      makeSyntheticCopy(dirs, datasets.syntheticText);
      const copy = await serve(REPO, dirs.appSynthetic, PORTS.appSynthetic);
      servers.push(copy);
      syntheticUrl = copy.url;
    }
    const targets: Target[] = [
      { id: 'floor', label: 'floor (empty React)', url: floor.url, interactive: false },
      {
        id: 'shipped',
        label: 'shipped dataset',
        url: new URL(datasets.shipped.path, app.url).href,
        interactive: true,
      },
      { id: 'synthetic', label: '10× synthetic', url: syntheticUrl, interactive: true },
    ];

    const profiles = makeProfiles(options.runs, options.phoneRuns).filter((p) =>
      options.profiles.includes(p.id),
    );
    const rows: RowSummary[] = [];
    const raw: Record<string, RunResult[]> = {};
    const loads = [loadavg()[0] ?? 0];
    for (const profile of profiles) {
      const warm = profile === profiles[0] ? '1 warm-up + ' : '';
      log(`\n${profile.label}: ${warm}${profile.runs} runs per page, round-robin`);
      // One warm-up visit per page (OS file cache, server, Chromium) before the first profile only.
      if (profile === profiles[0]) for (const target of targets) await measureRun(browser, target, profile);
      const results = new Map<Target['id'], RunResult[]>(targets.map((t) => [t.id, []]));
      for (let i = 1; i <= profile.runs; i++) {
        for (const target of targets) {
          const t0 = Date.now();
          const result = await measureRun(browser, target, profile);
          results.get(target.id)?.push(result);
          log(`  #${i} ${target.id.padEnd(9)} ${brief(result)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        }
      }
      loads.push(loadavg()[0] ?? 0);
      for (const target of targets) {
        const runs = results.get(target.id) ?? [];
        raw[`${profile.id}/${target.id}`] = runs;
        rows.push(summarise(profile, target, runs));
      }
    }

    const busiest = Math.max(...loads);
    const busy =
      busiest > cpus().length
        ? `WARNING: the machine was busy (1-min load average up to ${busiest.toFixed(1)} on ${cpus().length} CPUs); timings are inflated and noisy.`
        : `1-min load average ≤ ${busiest.toFixed(1)} on ${cpus().length} CPUs.`;
    const checks = checkTargets(rows);
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    const header = [
      `Summit Atlas benchmark — ${new Date().toISOString()} — Chromium ${browser.version()}, ${cpus().length} CPUs, ${minutes} min`,
      `Datasets: shipped ${(datasets.shipped.bytes / 1024).toFixed(0)} KB (${(datasets.shipped.gzipBytes / 1024).toFixed(0)} KB gzip)` +
        `${datasets.shipped.note ? ` [${datasets.shipped.note}]` : ''}; 10× synthetic seed ${options.seed}, ` +
        `${(datasets.synthetic.bytes / 1024).toFixed(0)} KB (${(datasets.synthetic.gzipBytes / 1024).toFixed(0)} KB gzip), ` +
        (dataMode === 'param'
          ? 'loaded via ?data='
          : 'served as data/summit.json in a copy (?data= not honoured)'),
      busy,
      '',
    ].join('\n');
    console.log(`\n${header}${formatReport(rows, checks)}`);

    const results = {
      generatedAt: new Date().toISOString(),
      loadAverages: loads,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        node: process.version,
        chromium: browser.version(),
      },
      options: { ...options, out: undefined },
      filterSteps: FILTER_STEPS,
      profiles,
      datasets: {
        shipped: datasets.shipped,
        synthetic: { ...datasets.synthetic, seed: options.seed },
        dataMode,
      },
      rows,
      targets: checks,
      runs: raw,
    };
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nResults written to ${options.out}`);
  } finally {
    if (browser) await browser.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
