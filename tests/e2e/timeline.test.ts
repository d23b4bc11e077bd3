import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { afterScrollSettles, axeViolations, openApp, type AxeViolation } from './harness';

const REGION = 'section[aria-label="Timeline"]';
const axeInTimeline = (page: Page): Promise<AxeViolation[]> => axeViolations(page, REGION);

test('timeline: Tab reaches the marks, arrows step in date order, Enter opens the detail; axe is clean', async () => {
  const { page, errors, close } = await openApp('', { waitFor: `${REGION} svg.tl-chart` });
  try {
    const region = page.locator(REGION);
    const ids = await region
      .locator('svg.tl-chart [data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    assert.ok(ids.length >= 8, `expected marks, got ${ids.length}`);
    assert.equal(
      await region.locator('svg.tl-chart [data-event-id][tabindex="0"]').count(),
      1,
      'one tab stop',
    );

    // The control just before the chart, then Tab into it.
    await region.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    assert.equal(await focused(), ids[0]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), ids[3]);
    await page.keyboard.press('Enter');
    const detail = region.locator(`.tl-detail[data-detail-for="${ids[3]}"]`);
    await detail.waitFor({ state: 'visible' });
    const name = (await region.locator(`[data-event-id="${ids[3]}"]`).getAttribute('aria-label')) ?? '';
    assert.ok(name.startsWith((await detail.locator('h3').textContent()) ?? '\u0000'), name);
    assert.equal(await focused(), ids[3], 'focus stays on the mark');
    // Next and previous Tab stops leave the marks in one step.
    await page.keyboard.press('End');
    assert.equal(await focused(), ids.at(-1));

    assert.deepEqual(await axeInTimeline(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('timeline: axe is clean in the dark theme with an event open', async () => {
  const { page, close } = await openApp('', { waitFor: `${REGION} svg.tl-chart`, colorScheme: 'dark' });
  try {
    await page.locator(`${REGION} svg.tl-chart [data-event-id]`).nth(5).click();
    await page.locator(`${REGION} .tl-detail`).waitFor();
    assert.deepEqual(await axeInTimeline(page), []);
  } finally {
    await close();
  }
});

test('timeline: dragging across the overview strip chooses a date range for every view', async () => {
  const { page, close } = await openApp('', { waitFor: `${REGION} svg.tl-chart` });
  try {
    const region = page.locator(REGION);
    const status = region.locator('.tl-header__count');
    const before = await status.textContent();
    const overview = region.locator('svg.tl-overview');
    await overview.scrollIntoViewIfNeeded();
    const box = (await overview.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(
      ([sel, text]) => document.querySelector(`${sel} .tl-header__count`)?.textContent !== text,
      [REGION, before] as const,
    );
    assert.match((await status.textContent()) ?? '', /^Showing \d+ of \d+ events$/);
    assert.notEqual(await status.textContent(), before);
    assert.equal(
      await region.getByRole('button', { name: 'All', exact: true }).last().getAttribute('aria-pressed'),
      'false',
    );
    await region.getByRole('button', { name: 'Summit week' }).click();
    assert.match((await region.locator('.tl-range__label').textContent()) ?? '', /1–7 September 2025/);
  } finally {
    await close();
  }
});

test('timeline on a 390×844 phone: a list grouped by month, no sideways scroll of the timeline', async () => {
  const { page, errors, close } = await openApp('', {
    viewport: { width: 390, height: 844 },
    waitFor: `${REGION} .tl-list`,
  });
  try {
    const region = page.locator(REGION);
    assert.equal(await region.locator('svg.tl-chart').count(), 0);
    assert.ok((await region.locator('.tl-list h3').count()) >= 3);
    const items = region.locator('.tl-list button[data-event-id]');
    assert.ok((await items.count()) >= 8);
    const box = (await region.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `timeline spans ${box.x}..${box.x + box.width}`);
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 0, `timeline overflows by ${overflow}px`);
    const first = (await items.first().boundingBox())!;
    assert.ok(first.height >= 44, `item height ${first.height}`);
    await items.nth(2).click();
    await region.locator('.tl-list .tl-detail').waitFor();
    assert.deepEqual(await axeInTimeline(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('timeline out of sight: a filter clicked above it reaches it after the frame that repaints the map, within a quarter second', async () => {
  const { page, errors, close } = await openApp('', { waitFor: `${REGION} svg.tl-chart` });
  try {
    await page.locator('section[aria-label="Filters"]').evaluate((bar) => bar.scrollIntoView());
    const below = await page
      .locator(REGION)
      .evaluate((region) => region.getBoundingClientRect().top > window.innerHeight);
    assert.ok(below, 'the timeline starts below the screen');
    // The map came on screen with that scroll.
    await afterScrollSettles(page);
    // What the frame of the click paints (the map has the filter, the timeline out of sight not yet:
    // it follows in a task after that frame), then, a quarter second after the click with no scroll,
    // what the timeline states and what it draws.
    const [inFrame, count, marks] = (await page.evaluate(`(async () => {
      const region = document.querySelector('${REGION}');
      const bar = document.querySelector('section[aria-label="Filters"]');
      const counts = () => [document.querySelector('.map-view__count').textContent, region.querySelector('.tl-header__count').textContent];
      const frame = new Promise((r) => requestAnimationFrame(() => r(counts())));
      [...bar.querySelectorAll('button')].find((b) => (b.textContent || '').trim().startsWith('E3')).click();
      const inFrame = await frame;
      await new Promise((r) => setTimeout(r, 250));
      const drawn = region.querySelectorAll('svg.tl-chart g[data-event-id]:not([display="none"])');
      return [inFrame, region.querySelector('.tl-header__count').textContent, drawn.length];
    })()`)) as [[string, string], string, number];
    assert.deepEqual(inFrame, ['Showing 3 of 39 participants', 'Showing 73 of 73 events']);
    const shown = Number(/^Showing (\d+) of 73 events$/.exec(count)?.[1]);
    assert.ok(shown > 0 && shown < 73, count);
    assert.equal(marks, shown, 'every event counted is drawn, and only those');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a chosen event whose label is cut shows its title in one outlined box, not two', async () => {
  const { page, errors, close } = await openApp('?cat=statement&ev=2025-11-27-merz-800000');
  try {
    const mark = page.locator('.tl-mark[data-event-id="2025-11-27-merz-800000"]');
    await mark.waitFor();
    // Cut short by the next day's event in its row ("Merz: Europeans want an…").
    assert.match((await mark.locator('.tl-mark__label').textContent()) ?? '', /…$/);
    const strokes = await mark.evaluate((el) => {
      const callout = el.closest('svg')!.querySelector(':scope > g[pointer-events="none"] rect');
      return {
        hit: getComputedStyle(el.querySelector('.tl-mark__hit')!).stroke,
        callout: callout ? getComputedStyle(callout).stroke : null,
      };
    });
    // Its own cut label in its outlined box, or a callout with the longer title and the outline: one
    // box either way. (Here the row's free room holds no more of the title, so no callout covers the
    // events around it.)
    const outlined = [strokes.hit, strokes.callout].filter((s) => s !== null && s !== 'none');
    assert.equal(outlined.length, 1, JSON.stringify(strokes));
    // Focused from the keyboard, the mark's own focus ring still shows.
    await mark.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const ring = await page.evaluate(() => {
      const el = document.activeElement!;
      return el.matches(':focus-visible')
        ? getComputedStyle(el.querySelector('.tl-mark__hit')!).stroke
        : null;
    });
    assert.ok(ring && ring !== 'none', `focus ring ${ring}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
