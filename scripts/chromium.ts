/**
 * How the browser tests and the benchmark start Debian's Chromium: headless, no sandbox (CI runs as
 * root), and nothing that phones home, so no run ever reaches the network on its own.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
