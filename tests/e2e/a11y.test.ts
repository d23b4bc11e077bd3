import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openApp } from './harness';

const VIEWS = ['Map', 'Stance matrix', 'Timeline'] as const;

/**
 * HTML elements past the window's right edge that no scroll box of their own lets a reader reach.
 * Text for screen readers only (.visually-hidden, clipped to a pixel) is not drawn, so not cut off.
 */
const CUT_OFF_SCRIPT = `(() => {
  const reachable = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const x = getComputedStyle(p).overflowX;
      if (x === 'auto' || x === 'scroll') return true;
    }
    return false;
  };
  return [...document.querySelectorAll('body *')]
    .filter((el) => !(el instanceof SVGElement) || el instanceof SVGSVGElement)
    .filter((el) => !el.closest('.visually-hidden'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > window.innerWidth + 1 && !reachable(el);
    })
    .map((el) => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || ''));
})()`;

/** What a screen reader gets for an element: its role and accessible name, from the browser's own tree. */
async function accessibleNode(
  page: Page,
  selector: string,
): Promise<{ role: string; name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const value = (field: 'role' | 'name' | 'description') => String(nodes[0]?.[field]?.value ?? '');
  return { role: value('role'), name: value('name'), description: value('description') };
}
const accessibleName = async (page: Page, selector: string) => (await accessibleNode(page, selector)).name;

test('screen readers get a name for every key control and a description for every view', async () => {
  const { page, close } = await openApp('', { waitFor: 'section[aria-label="Timeline"] svg.tl-chart' });
  try {
    const named: [string, string | RegExp][] = [
      ['a.skip-link[href="#filters"]', 'Skip to the filters'],
      ['a.skip-link[href="#main"]', 'Skip to the views'],
      ['section.filter-bar', 'Filters'],
      ['.filter-bar__presets', 'Groups of countries'],
      ['svg.map-svg', 'Participants map'],
      ['[role="grid"].matrix-grid', "Leaders' positions by question"],
      ['#matrix-sort', 'Sort rows within each group by'],
      ['svg.tl-chart', 'Timeline chart, 73 events'],
      ['.filter-summary button', 'Reset view'],
    ];
    for (const [selector, name] of named) {
      const actual = await accessibleName(page, selector);
      if (typeof name === 'string') assert.equal(actual, name, selector);
      else assert.match(actual, name, selector);
    }
    // The matrix's rows are display: contents boxes; the browser must still expose them as rows.
    assert.equal((await accessibleNode(page, '.matrix-row[data-person-id="macron"]')).role, 'row');
    assert.equal((await accessibleNode(page, '.mx-head-row')).role, 'row');
    assert.equal((await accessibleNode(page, '.mx-cell[data-person-id="macron"]')).role, 'gridcell');
    // A timeline mark is read once: its tooltip's words are not read again as its description.
    const mark = await accessibleNode(page, '.tl-mark[data-event-id="2025-09-04-summit"]');
    assert.equal(mark.name, 'Coalition of the Willing summit at the Élysée, 4 September 2025, Summit');
    assert.equal(mark.description, '');
    for (const name of ['Present the story', 'Share & export', 'Keyboard shortcuts (?)']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    assert.equal(await page.getByRole('combobox', { name: 'Theme' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: /^E3/ }).count(), 1);
    // A count on a chip says what it counts.
    assert.equal(await page.getByRole('button', { name: 'E3 3 participants', exact: true }).count(), 1);
    await page.getByText('More filters:').click();
    await page.locator('.toggle-group').first().waitFor();
    const filters = page.getByRole('region', { name: 'Filters' });
    assert.equal(await filters.getByRole('button', { name: /^Undecided \d+ participants?$/ }).count(), 1);
    assert.equal(await filters.getByRole('button', { name: /^Summit \d+ events?$/ }).count(), 1);
    // Every view's region is described by what it shows right now.
    const descriptions = await page.evaluate((names) => {
      return names.map((name) => {
        const region = document.querySelector(`section[aria-label="${name}"]`);
        const id = region?.getAttribute('aria-describedby') ?? '';
        return document.getElementById(id)?.textContent ?? '';
      });
    }, VIEWS);
    assert.match(descriptions[0] ?? '', /^Map: 39 participants\. By role: /);
    assert.match(descriptions[1] ?? '', /^Stance matrix: 45 of 45 leaders by 9 questions\. \d+ support/);
    assert.match(descriptions[2] ?? '', /^Timeline: 73 of 73 events, from /);
  } finally {
    await close();
  }
});

test('a filter change is announced once, by the filter summary, and the descriptions follow it', async () => {
  const { page, close } = await openApp('', { waitFor: 'section[aria-label="Timeline"] svg.tl-chart' });
  try {
    const live = page.locator('.filter-summary [aria-live="polite"]');
    assert.match((await live.textContent()) ?? '', /^Showing 39 of 39 participants/);
    await page.getByRole('button', { name: /^Nordic-Baltic/ }).click();
    await page.waitForFunction(() =>
      /^Showing 8 of 39 participants/.test(
        document.querySelector('.filter-summary [aria-live]')?.textContent ?? '',
      ),
    );
    // Said once: the views' own "Showing N of M" lines are not live regions in the full app.
    const liveCounts = await page
      .locator('main [role="status"], main [aria-live]')
      .filter({ hasText: /Showing/ })
      .count();
    assert.equal(liveCounts, 0);
    // The descriptions follow in a deferred render (a view out of sight later still).
    await page.waitForFunction(
      () =>
        /^Map: 8 of 39 participants/.test(document.querySelector('#map-description')?.textContent ?? '') &&
        /^Timeline: \d+ of 73 events/.test(
          document.querySelector('#timeline-description')?.textContent ?? '',
        ),
      undefined,
      { timeout: 3000 },
    );
  } finally {
    await close();
  }
});

test('the tables that stand in for the map and the timeline are complete and pass axe', async () => {
  const { page, close } = await openApp('?e=pol,fin', {
    waitFor: 'section[aria-label="Timeline"] svg.tl-chart',
  });
  try {
    await page.getByText('Show the participants as a table').click();
    const participants = page.getByRole('table', { name: /^2 of 41 countries and organisations/ });
    await participants.getByRole('rowheader').first().waitFor(); // the table's code loads on opening
    assert.deepEqual(await participants.getByRole('rowheader').allTextContents(), ['Finland', 'Poland']);
    await page.getByText('Show the events as a table').click();
    const events = page.getByRole('table', { name: /events in date order/ });
    await events.waitFor();
    const shown = Number(/(\d+) of 73 events/.exec((await page.textContent('.filter-summary')) ?? '')?.[1]);
    assert.equal(await events.locator('tbody tr').count(), shown);
    assert.deepEqual(await axeViolations(page, '.view-text'), []);
  } finally {
    await close();
  }
});

for (const [label, viewport, scale] of [
  ['320 px wide', { width: 320, height: 640 }, 1],
  ['200 % zoom', { width: 720, height: 450 }, 2],
] as const) {
  test(`at ${label} nothing scrolls sideways, every view and control is reachable, axe is clean`, async () => {
    const { page, close } = await openApp('', { viewport, deviceScaleFactor: scale });
    try {
      await page.waitForSelector('section[aria-label="Timeline"] [data-event-id]', { state: 'attached' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
      // The body clips sideways overflow, so also look for content cut off at the right edge: any
      // element past it that no scroll box of its own lets the reader reach (SVG content is clipped
      // by its drawing on purpose).
      // A string, not a function: tsx would wrap a named arrow in a helper the page does not have.
      const cut = await page.evaluate<string[]>(CUT_OFF_SCRIPT);
      assert.deepEqual(cut, []);
      for (const name of VIEWS) {
        const region = page.getByRole('region', { name, exact: true });
        await region.scrollIntoViewIfNeeded();
        const box = await region.boundingBox();
        assert.ok(box && box.width <= viewport.width && box.x >= 0, `${name} fits: ${JSON.stringify(box)}`);
      }
      // In a window this short the matrix's totals scroll with the rows instead of sticking over them,
      // so its box shows several whole rows under the stuck header.
      const grid = await page.evaluate(() => {
        const box = document.querySelector('.matrix-scroll')!.getBoundingClientRect();
        const head = document.querySelector('.mx-colhead')!.getBoundingClientRect().height;
        const totals = document.querySelector('.mx-sum-row > *')!.getBoundingClientRect();
        const rows = [...document.querySelectorAll('.matrix-row:not([hidden]) .mx-rowhead')].filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= box.top + head && b.bottom <= box.bottom;
        }).length;
        return { rows, totalsOverRows: totals.top < box.bottom - 1 };
      });
      // (The stylesheet unsticks them below 500 px of height; the phone's 640 keeps them in view.)
      assert.equal(grid.totalsOverRows, viewport.height > 500, 'the totals stick only where there is room');
      assert.ok(grid.rows >= 3, `the matrix shows ${grid.rows} whole rows at a time`);
      for (const name of ['Present the story', 'Share & export', 'Reset view']) {
        const button = page.getByRole('button', { name, exact: true });
        await button.scrollIntoViewIfNeeded();
        assert.ok(await button.isVisible(), name);
      }
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await close();
    }
  });
}

test('the projector theme passes axe across the views, with the tables open', async () => {
  const { page, close } = await openApp('?theme=contrast', {
    waitFor: 'section[aria-label="Timeline"] svg.tl-chart',
  });
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'contrast');
    await page.getByText('Show the participants as a table').click();
    await page.getByRole('table', { name: /countries and organisations/ }).waitFor();
    for (const name of VIEWS) {
      assert.deepEqual(await axeViolations(page, `section[aria-label="${name}"]`), [], name);
    }
  } finally {
    await close();
  }
});

test('the first Tab offers a skip to the filters, and the next one lands in the filter bar', async () => {
  const { page, close } = await openApp('');
  try {
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Skip to the filters',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.ok(
      await page.evaluate(() => document.activeElement?.closest('section.filter-bar') !== null),
      'focus is inside the filter bar',
    );
  } finally {
    await close();
  }
});
