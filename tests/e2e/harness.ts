/**
 * Browser-test harness: Debian Chromium driven by playwright-core against the built app served by
 * `vite preview` (started by tests/e2e/run.mjs, which sets BASE_URL and CHROME_PATH).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/chromium';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

let browserPromise: Promise<Browser> | null = null;

export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  return browserPromise;
}

after(async () => {
  if (browserPromise) await (await browserPromise).close();
});

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** 2 with half the viewport width is what 200 % browser zoom gives a page. */
  deviceScaleFactor?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** The browser's language, which sets the order of a date field's parts (en-US: month/day/year). */
  locale?: string;
  /**
   * No service worker: requests it would make escape `page.route`, so a test that swaps a response
   * after the first load must block it, or it races the worker taking control.
   */
  blockServiceWorkers?: boolean;
  /** A touch screen, as a phone's. */
  hasTouch?: boolean;
  /** Wait for this selector before returning; defaults to the app's three view regions. */
  waitFor?: string | null;
}

/** Opens `path` (relative to BASE_URL) in a fresh context and waits until the app has rendered. */
export async function openApp(path = '', options: OpenOptions = {}): Promise<OpenedPage> {
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
    acceptDownloads: true,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.blockServiceWorkers === true ? { serviceWorkers: 'block' as const } : {}),
    ...(options.hasTouch === true ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, BASE_URL).href);
  const waitFor = options.waitFor === undefined ? 'section[aria-label="Timeline"]' : options.waitFor;
  if (waitFor !== null) await page.waitForSelector(waitFor, { timeout: 15_000 });
  return { page, errors, requests, close: () => context.close() };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits until views that a scroll brought on screen know it: they learn it from an
 * IntersectionObserver, which reports after the next frame. A click sooner (no person is that fast,
 * but a test is) still treats them as out of sight, so they follow the click a frame late.
 */
export async function afterScrollSettles(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** An axe context: a selector, or `{ include, exclude }` lists of selectors. */
export type AxeContext = string | { include: string[][]; exclude?: string[][] };

/**
 * Runs axe-core with the WCAG 2.x A/AA rules (2.2 included) and returns the violations, formatted.
 * axe is injected through the DevTools protocol, which the page's CSP (no inline scripts) does not
 * govern, so the audit runs on the page exactly as users get it.
 */
export async function axeViolations(page: Page, context?: AxeContext): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } })
      .axe;
    // Reading sections off screen are skipped by the browser (content-visibility: auto) until scrolled
    // to, and axe's hit-testing of touch targets misreads skipped boxes: audit them as they are when seen.
    const rendered = document.createElement('style');
    rendered.textContent = '.reader-section { content-visibility: visible !important; }';
    document.head.append(rendered);
    const result = await axe
      .run(ctx ?? document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      .finally(() => rendered.remove());
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, context ?? null);
}
