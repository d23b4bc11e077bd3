import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterScrollSettles, openApp } from './harness';

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

test('a preset draws the stance rows on screen in the frame of the click, and the rows below the screen after it', async () => {
  const { page, errors, close } = await openApp('', { viewport: { width: 1440, height: 1000 } });
  try {
    await page.locator(BAR).evaluate((bar) => bar.scrollIntoView());
    // The views start below the fold (CI once clicked before they knew they were on screen).
    await afterScrollSettles(page);
    // In the frame of the click (a frame callback registered before it, reading the layout that frame
    // paints) and a quarter second later: the rows within the window and the grid's box, all rows
    // drawn, and the totals when the box's bottom is on screen.
    // (A script string: functions inside an evaluated closure would be renamed by the test runner's
    // compiler, and `__name` does not exist in the page.)
    const click = (label: string) =>
      page.evaluate(`(async () => {
        const box = document.querySelector('.matrix-scroll');
        const state = () => {
          const clip = box.getBoundingClientRect();
          const bottom = Math.min(clip.bottom, window.innerHeight);
          const rows = [...box.querySelectorAll('.matrix-row:not([hidden])')];
          const onScreen = rows
            .filter((row) => {
              const r = row.firstElementChild.getBoundingClientRect();
              return r.bottom > clip.top && r.top < bottom;
            })
            .map((row) => row.dataset.personId);
          const totals = clip.bottom <= window.innerHeight ? box.querySelector('.mx-sum-row').textContent : null;
          return { onScreen, drawn: rows.length, totals };
        };
        const bar = document.querySelector('${BAR}');
        const button = [...bar.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('${label}'));
        const frame = new Promise((r) => requestAnimationFrame(() => r(state())));
        button.click();
        const inFrame = await frame;
        await new Promise((r) => setTimeout(r, 250));
        return { inFrame, after: state() };
      })()`) as Promise<
        Record<'inFrame' | 'after', { onScreen: string[]; drawn: number; totals: string | null }>
      >;

    const eu = await click('EU member states');
    assert.ok(eu.after.onScreen.length >= 3, `rows on screen: ${eu.after.onScreen.join(', ')}`);
    assert.deepEqual(eu.inFrame.onScreen, eu.after.onScreen, 'the rows on screen in the frame of the click');
    const counted = await page.locator('.matrix-count').textContent();
    assert.equal(
      eu.after.drawn,
      Number(/^Showing (\d+) of/.exec(counted ?? '')?.[1]),
      'every leader counted is drawn after the frame',
    );
    assert.notEqual(eu.inFrame.drawn, eu.after.drawn, 'rows below the screen followed after the frame');

    // E3 shrinks the grid so its totals come on screen: they are new in that same frame.
    const e3 = await click('E3');
    assert.notEqual(e3.after.totals, null, 'the totals are on screen after E3');
    assert.deepEqual(e3.inFrame, e3.after);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a date typed into a field is applied and announced once, not at each year it passes through', async () => {
  const { page, errors, close } = await openApp('', { locale: 'en-US' });
  try {
    await page.getByText(/^More filters/).click();
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const status = document.querySelector('.filter-summary__text')!;
      new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
    await page.getByLabel('to', { exact: true }).click();
    // Month, day, then the year digit by digit: the field reports 0002, 0020 and 0202 on the way.
    await page.keyboard.type('10012025', { delay: 30 });
    await page.waitForURL(/to=2025-10-01/);
    await page.keyboard.press('Tab');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    assert.deepEqual(said, ['Showing 39 of 39 participants, 45 of 45 leaders, 50 of 73 events.']);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link naming a participant or an event opens at it, 2,000 px and more below the summary', async () => {
  const phone = { width: 390, height: 844 };
  const desktop = { width: 1440, height: 900 };
  const ev = '?ev=2025-08-15-alaska-summit';
  // What must be in the window once the page has landed: the whole region's top, and the record.
  for (const [path, viewport, shown] of [
    ['?sel=pol', desktop, ['section[aria-label="Map"]', '.map-detail']],
    ['?sel=pol', phone, ['section[aria-label="Map"]', 'svg.map-svg path.map-outline__line']],
    [ev, desktop, ['.tl', '.tl-chart [data-event-id="2025-08-15-alaska-summit"]', '.tl-detail']],
    [ev, phone, ['[data-record-focus]', '.tl-detail__title']],
  ] as const) {
    const { page, errors, close } = await openApp(path, { viewport, waitFor: shown[shown.length - 1]! });
    try {
      await page.waitForFunction(() => window.scrollY > 1000);
      await afterScrollSettles(page);
      for (const selector of shown) {
        const top = await page.evaluate(
          (sel) => document.querySelector(sel)!.getBoundingClientRect().top,
          selector,
        );
        assert.ok(
          top >= -1 && top < viewport.height - 60,
          `${path} at ${viewport.width} px: ${selector} at ${top}px`,
        );
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
