import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp } from './harness';

const BAR = 'section[aria-label="Filters"]';

/** Clicks a preset (or the pressed one again, to clear) and reports where things stand after it. */
async function clickPreset(page: Awaited<ReturnType<typeof openApp>>['page'], label: string) {
  await page
    .locator(BAR)
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click();
  await page.waitForTimeout(100);
  return page.evaluate((bar) => {
    const box = document.querySelector(bar)!.getBoundingClientRect();
    const map = document.querySelector('section[aria-label="Map"]')!.getBoundingClientRect();
    return { height: box.height, mapTop: map.top, pageWidth: document.documentElement.scrollWidth };
  }, BAR);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`filter bar at ${viewport.width} px: a preset never moves the views it filters, nor widens the page`, async () => {
    const { page, errors, close } = await openApp('', { viewport });
    try {
      await page.locator(BAR).evaluate((bar) => bar.scrollIntoView());
      const before = await page.evaluate((bar) => {
        const map = document.querySelector('section[aria-label="Map"]')!.getBoundingClientRect();
        return { height: document.querySelector(bar)!.getBoundingClientRect().height, mapTop: map.top };
      }, BAR);
      for (const label of ['E3', 'EU member states', 'G7 members', 'G7 members']) {
        const after = await clickPreset(page, label);
        assert.equal(after.height, before.height, `the filter bar's height after ${label}`);
        assert.equal(after.mapTop, before.mapTop, `the map's top after ${label}`);
        assert.equal(after.pageWidth, viewport.width, `no sideways scroll after ${label}`);
      }
      // The 24 chosen are all there, and each can be removed from the one line that scrolls.
      await clickPreset(page, 'EU member states');
      const chips = page
        .getByRole('list', { name: 'Chosen countries and organisations' })
        .getByRole('button');
      assert.equal(await chips.count(), 24);
      assert.match((await page.locator('.chosen__count').textContent()) ?? '', /^24 chosen/);
      await chips.last().focus();
      await page.keyboard.press('Enter');
      assert.equal(await chips.count(), 23);
      assert.match(
        (await page.locator('.filter-summary__text').textContent()) ?? '',
        /^Showing 23 of 39 participants/,
      );
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}
