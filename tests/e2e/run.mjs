#!/usr/bin/env node
// npm run test:e2e — builds the app (unless SKIP_BUILD=1), serves it with `vite preview` on
// 127.0.0.1, and runs tests/e2e/*.test.ts in Debian Chromium through playwright-core.
// Without a Chromium it fails loudly with how to install one: browser tests never skip silently.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const chrome = candidates.find((p) => p && existsSync(p));
if (!chrome) {
  console.error(
    'No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH ' +
      'to a Chrome/Chromium binary, then run `npm run test:e2e` again.',
  );
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
  { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

const base = `http://127.0.0.1:${port}/`;
let up = false;
for (let i = 0; i < 100 && !up; i++) {
  try {
    up = (await fetch(base)).ok;
  } catch {
    await sleep(150);
  }
}
if (!up) {
  console.error(`vite preview did not start on ${base}`);
  stop();
  process.exit(1);
}

const only = process.argv.slice(2);
const files =
  only.length > 0
    ? only
    : readdirSync('tests/e2e')
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `tests/e2e/${f}`);
const run = spawnSync('npx', ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: base, CHROME_PATH: chrome },
});
stop();
process.exit(run.status ?? 1);
