import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, type AxeViolation } from './harness';

const REGION = 'section[aria-label="Stance matrix"]';
const matrixAxe = (page: Page): Promise<AxeViolation[]> => axeViolations(page, REGION);

/** What has focus, described by the attributes the matrix puts on its marks. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? null,
      person: el?.dataset.personId ?? null,
      question: el?.dataset.questionId ?? null,
      label: el?.getAttribute('aria-label') ?? null,
      inGrid: Boolean(el?.closest('[role="grid"]')),
    };
  });
}

test('the stance grid is one tab stop, walked with arrows; Enter opens the evidence and Escape returns', async () => {
  const { page, errors, close } = await openApp();
  try {
    await page.waitForSelector(`${REGION} [role="grid"]`);
    const people = await page.$$eval(`${REGION} .matrix-row[data-person-id]`, (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.personId),
    );
    const questions = await page.$$eval(`${REGION} .mx-head-row [data-question-id]`, (ths) =>
      ths.map((th) => (th as HTMLElement).dataset.questionId),
    );
    assert.ok(people.length >= 2 && questions.length >= 2, 'the grid has rows and columns');
    assert.equal(await page.locator(`${REGION} [role="grid"] [tabindex="0"]`).count(), 1, 'one tab stop');

    // Tab in from the control just before the grid.
    await page.locator(`${REGION} .matrix-legend__defs summary`).focus();
    await page.keyboard.press('Tab');
    let now = await focused(page);
    assert.deepEqual([now.role, now.person, now.question], ['gridcell', people[0], questions[0]]);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    now = await focused(page);
    assert.deepEqual([now.person, now.question], [people[1], questions[1]]);
    assert.match(now.label ?? '', /^.+, .+: .+/, 'the cell has a spoken name');

    await page.keyboard.press('End');
    assert.equal((await focused(page)).question, questions.at(-1));
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).role, 'rowheader');
    await page.keyboard.press('Control+End');
    now = await focused(page);
    assert.deepEqual([now.person, now.question], [people.at(-1), questions.at(-1)]);
    await page.keyboard.press('Control+Home');
    assert.equal((await focused(page)).role, 'columnheader');
    // The page follows focus to the sticky header, not only the grid's own box.
    const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
    assert.ok(top >= 0, `the header cell is on screen (top ${top})`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    now = await focused(page);
    assert.deepEqual([now.person, now.question], [people[0], questions[1]]);

    await page.keyboard.press('Enter');
    const dialog = page.locator(`${REGION} [role="dialog"]`);
    await dialog.waitFor();
    assert.equal((await focused(page)).role, 'h3', 'focus moves into the detail');
    assert.match(
      (await dialog.textContent()) ?? '',
      /Supports|Conditional|Ambivalent|Opposes|Not stated|Undisclosed|Not applicable|Contested/,
    );
    for (const link of await dialog.locator('a').all()) {
      assert.match((await link.getAttribute('href')) ?? '', /^https?:\/\//);
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    now = await focused(page);
    assert.deepEqual([now.role, now.person, now.question], ['gridcell', people[0], questions[1]]);

    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).inGrid, false, 'Tab leaves the grid');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a cell reached with the arrows is never left under the sticky names, header or totals', async () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const { page, errors, close } = await openApp('', { viewport });
    try {
      await page.waitForSelector(`${REGION} [role="grid"]`);
      await page.locator(`${REGION} [role="grid"] [tabindex="0"]`).focus();
      // Right to the last column, back to the first, then down past the box's foot and up again.
      const keys = [
        ...Array<string>(3).fill('ArrowDown'),
        'End',
        ...Array<string>(9).fill('ArrowLeft'),
        ...Array<string>(16).fill('ArrowDown'),
        'End',
        ...Array<string>(16).fill('ArrowUp'),
      ];
      for (const [i, key] of keys.entries()) {
        await page.keyboard.press(key);
        const hidden = await page.evaluate(() => {
          const cell = document.activeElement as HTMLElement;
          if (cell.getAttribute('role') !== 'gridcell') return null;
          const r = cell.getBoundingClientRect();
          const box = cell.closest('.matrix-scroll')!.getBoundingClientRect();
          const name = document.querySelector('.mx-corner')!.getBoundingClientRect();
          const head = document.querySelector('.mx-head-row [role="columnheader"]:last-child')!;
          const sum = document.querySelector('.mx-sum-cell')!.getBoundingClientRect();
          return {
            left: Math.max(0, box.left + name.width - r.left),
            top: Math.max(0, head.getBoundingClientRect().bottom - r.top),
            bottom: Math.max(0, r.bottom - sum.top),
          };
        });
        if (hidden === null) continue;
        for (const [side, px] of Object.entries(hidden))
          assert.ok(
            px < 1,
            `${viewport.width}: after key ${i + 1} (${key}) ${px} px of the cell under the ${side}`,
          );
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('axe finds no violations in the stance matrix, light and dark, with the detail open', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, close } = await openApp('', { colorScheme });
    try {
      await page.waitForSelector(`${REGION} [role="grid"]`);
      assert.deepEqual(await matrixAxe(page), [], `${colorScheme}: matrix`);
      await page.locator(`${REGION} [role="gridcell"]`).first().click();
      await page.locator(`${REGION} [role="dialog"]`).waitFor();
      await page.locator(`${REGION} [role="columnheader"][data-question-id]`).first().hover();
      assert.deepEqual(await matrixAxe(page), [], `${colorScheme}: detail and tooltip open`);
      // A best-practice rule outside the WCAG tags above: headers named by text a sighted reader sees.
      const emptyHeaders = await page.evaluate(async (region) => {
        const axe = (
          window as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run(region, { runOnly: { type: 'rule', values: ['empty-table-header'] } });
        return result.violations.length;
      }, REGION);
      assert.equal(emptyHeaders, 0, `${colorScheme}: column headers with visible names`);
    } finally {
      await close();
    }
  }
});

test('on a phone the matrix scrolls inside its own box and the legend highlights cells', async () => {
  const { page, close } = await openApp('', { viewport: { width: 390, height: 844 } });
  try {
    await page.waitForSelector(`${REGION} [role="grid"]`);
    const layout = await page.evaluate((selector) => {
      const region = document.querySelector(selector) as HTMLElement;
      const scroller = region.querySelector('.matrix-scroll') as HTMLElement;
      return {
        regionRight: region.getBoundingClientRect().right,
        overflowX: getComputedStyle(scroller).overflowX,
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        widest: Math.max(
          ...[...region.querySelectorAll<HTMLElement>('.matrix > *')].map(
            (el) => el.getBoundingClientRect().right,
          ),
        ),
      };
    }, REGION);
    assert.ok(layout.regionRight <= 390, `region fits the screen (${layout.regionRight})`);
    assert.ok(layout.widest <= 390, `no matrix block is wider than the screen (${layout.widest})`);
    assert.equal(layout.overflowX, 'auto');
    assert.equal(layout.scrolls, true, 'the grid scrolls sideways inside its box');

    // Visible controls only: a closed menu's items have no box.
    const minTarget = await page.$$eval(`${REGION} button, ${REGION} select`, (els) =>
      Math.min(...els.map((el) => el.getBoundingClientRect().height).filter((h) => h > 0)),
    );
    assert.ok(minTarget >= 44, `controls are at least 44 px tall (${minTarget})`);

    await page.locator(`${REGION} .mx-legend-item[data-position="supports"]`).hover();
    assert.equal(await page.getAttribute(`${REGION} [role="grid"]`, 'data-hl'), 'supports');
    const look = (position: string) =>
      page.$eval(`${REGION} .mx-cell[data-position="${position}"] .mx-chip`, (chip) => {
        const style = getComputedStyle(chip);
        return { fill: style.backgroundColor, ring: style.boxShadow !== 'none' };
      });
    assert.deepEqual(
      await look('supports'),
      { fill: 'rgb(0, 114, 178)', ring: true },
      'the value highlighted keeps its fill and is ringed',
    );
    assert.deepEqual(
      await look('opposes'),
      { fill: 'rgba(0, 0, 0, 0)', ring: false },
      'other values lose their fill',
    );
  } finally {
    await close();
  }
});

test('in a forced-colours (high contrast) mode every chip keeps its fill and its icon', async () => {
  const { page, errors, close } = await openApp();
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    const chips = await page.$$eval(`${REGION} .mx-cell .mx-chip`, (els) => {
      const canvas = getComputedStyle(document.body).backgroundColor;
      const seen = new Map<string, { fill: string; icon: string; canvas: string }>();
      for (const el of els) {
        const position = (el as HTMLElement).dataset.position ?? '';
        if (seen.has(position)) continue;
        const style = getComputedStyle(el);
        seen.set(position, { fill: style.backgroundColor, icon: style.backgroundImage, canvas });
      }
      return [...seen];
    });
    assert.ok(chips.length >= 4, `several positions are drawn (${chips.length})`);
    for (const [position, { fill, icon, canvas }] of chips) {
      // Without an exemption the mode paints every fill the page's colour: blank boxes.
      assert.notEqual(fill, canvas, `${position}: the fill is not the page's colour`);
      if (['supports', 'conditional', 'opposes'].includes(position))
        assert.notEqual(icon, 'none', `${position}: the icon is still drawn`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('on a phone the evidence sheet never covers the cell it is about', async () => {
  const { page, errors, close } = await openApp('', { viewport: { width: 390, height: 844 } });
  try {
    // A cell low on the screen, where the sheet (up to 65 % of the height) comes up.
    const cell = page.locator(
      `${REGION} [role="gridcell"][data-person-id="tusk"][data-question-id="troops-after-ceasefire"]`,
    );
    await cell.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -(window.innerHeight - 160)));
    const before = await cell.boundingBox();
    assert.ok(before && before.y > 844 * 0.5, `the cell starts low on the screen (${before?.y})`);
    await cell.click();
    const sheet = page.locator('.mx-cell-detail');
    await sheet.waitFor();
    await page.waitForTimeout(150);
    const [c, s] = [await cell.boundingBox(), await sheet.boundingBox()];
    assert.ok(c && s, 'the cell and the sheet have boxes');
    assert.ok(s.y > 844 * 0.3, `the sheet is at the bottom (${s.y})`);
    assert.ok(
      c.y >= 0 && c.y + c.height <= s.y,
      `the cell (${c.y}–${c.y + c.height}) is above the sheet (${s.y})`,
    );
    // Scrolled on to the timeline, the sheet steps aside; back at the cell, it returns.
    await page.locator('section[aria-label="Timeline"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    assert.equal(await sheet.isVisible(), false, 'the sheet is out of the way of the timeline');
    await cell.scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    assert.equal(await sheet.isVisible(), true, 'the sheet is back with its cell');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('with one question shown, the card narrows to stay right of its cell instead of covering the map', async () => {
  const { page, errors, close } = await openApp('?q=army-limits&cell=trump,army-limits', {
    viewport: { width: 1440, height: 900 },
  });
  try {
    await page.waitForSelector('.mx-cell-detail');
    await page.waitForTimeout(300);
    const { card, cell, map } = (await page.evaluate(() =>
      Object.fromEntries(
        Object.entries({
          card: '.mx-cell-detail',
          cell: '.mx-cell[aria-selected="true"]',
          map: 'section[aria-label="Map"]',
        }).map(([k, sel]) => [k, document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect]),
      ),
    )) as Record<'card' | 'cell' | 'map', DOMRect>;
    assert.ok(card.left >= cell.right, `card at ${card.left}, cell ends ${cell.right}`);
    assert.ok(card.right <= 1440 - 16, `card ends at ${card.right}`);
    assert.ok(card.width >= 320 && card.width < 432, `card ${card.width} px wide`);
    assert.ok(card.left >= map.right, 'the card is clear of the map');
    assert.ok(card.bottom <= 900 - 16 + 1, `card bottom ${card.bottom}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the evidence card opens beside its cell, not over it, and follows it when the page scrolls', async () => {
  const { page, close } = await openApp('', { viewport: { width: 1440, height: 900 } });
  try {
    await page.locator(`${REGION} .matrix-scroll`).scrollIntoViewIfNeeded();
    // Cells in the first and in the last visible columns: the card must pick a side for each.
    for (const question of ['troops-after-ceasefire', 'energy-sanctions']) {
      const selector = `${REGION} [role="gridcell"][data-person-id="tusk"][data-question-id="${question}"]`;
      await page.locator(selector).click();
      await page.waitForSelector('.mx-cell-detail');
      await page.waitForTimeout(200);
      // Where the card belongs: beside the cell, top-aligned with it, kept 16 px inside the window.
      const boxes = () =>
        page.evaluate((sel) => {
          const c = document.querySelector(sel)!.getBoundingClientRect();
          const n = document.querySelector(sel)!.parentElement!.querySelector('[role="rowheader"]')!;
          const name = n.getBoundingClientRect();
          const d = document.querySelector('.mx-cell-detail')!.getBoundingClientRect();
          const expectedTop = Math.min(Math.max(16, c.top - 12), innerHeight - 16 - d.height);
          return {
            covers: c.left < d.right && d.left < c.right && c.top < d.bottom && d.top < c.bottom,
            coversName:
              name.left < d.right && d.left < name.right && name.top < d.bottom && d.top < name.bottom,
            cellTop: c.top,
            drift: Math.abs(d.top - expectedTop),
          };
        }, selector);
      const before = await boxes();
      assert.equal(before.covers, false, `the card leaves the ${question} cell in view`);
      assert.equal(before.coversName, false, `the card leaves the row's name in view (${question})`);
      assert.ok(before.drift <= 2, `the card is top-aligned with the cell (${before.drift} px off)`);
      // Scroll the page (the pointer off the grid) so the cell rises towards the top: the card must follow.
      await page.mouse.move(5, 450);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
      const after = await boxes();
      assert.ok(before.cellTop - after.cellTop > 200, 'the page scrolled and the cell moved up');
      assert.equal(
        after.covers,
        false,
        `after scrolling, the card still leaves the ${question} cell in view`,
      );
      assert.ok(after.drift <= 2, `the card followed the cell (${after.drift} px off)`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.mx-cell-detail', { state: 'detached' });
      await page.mouse.wheel(0, -300);
    }

    // The card is not modal: a control the keyboard reaches under it must not stay hidden by it.
    await page
      .locator(`${REGION} [role="gridcell"][data-person-id="tusk"][data-question-id="own-troops"]`)
      .click();
    await page.waitForSelector('.mx-cell-detail');
    const under = await page.evaluate(() => {
      const d = document.querySelector('.mx-cell-detail')!.getBoundingClientRect();
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, select, input')];
      const hit = all.find((el) => {
        if (el.closest('.mx-cell-detail')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.bottom > d.top && r.top < d.bottom && r.right > d.left && r.left < d.right;
      });
      if (!hit) return false;
      hit.setAttribute('data-under-card', '');
      return true;
    });
    assert.ok(under, 'some control lies under the card');
    const visibility = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.mx-cell-detail')!).visibility);
    await page.locator('[data-under-card]').focus();
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.mx-cell-detail')!).visibility === 'hidden',
      null,
      { timeout: 2_000 },
    );
    await page
      .locator(`${REGION} [role="gridcell"][data-person-id="tusk"][data-question-id="own-troops"]`)
      .focus();
    await page.waitForTimeout(100);
    assert.equal(await visibility(), 'visible', 'the card comes back when focus leaves what it covered');
  } finally {
    await close();
  }
});

test('a link to a stance cell opens with the cell on screen and its card beside it', async () => {
  const { page, errors, close } = await openApp('?cell=von-der-leyen,army-limits', {
    viewport: { width: 1440, height: 900 },
  });
  try {
    await page.waitForSelector('.mx-cell-detail');
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const cell = document.querySelector(
        '[role="gridcell"][data-person-id="von-der-leyen"][data-question-id="army-limits"]',
      )!;
      const c = cell.getBoundingClientRect();
      const d = document.querySelector('.mx-cell-detail')!.getBoundingClientRect();
      return {
        cell: [Math.round(c.top), Math.round(c.bottom)],
        onScreen: c.top >= 0 && c.bottom <= innerHeight,
        covered: c.left < d.right && d.left < c.right && c.top < d.bottom && d.top < c.bottom,
        scrolled: scrollY > 0,
      };
    });
    assert.ok(seen.scrolled, 'the page scrolled down to the grid');
    assert.ok(seen.onScreen, `the chosen cell is on screen (${seen.cell.join('–')} in 900 px)`);
    assert.equal(seen.covered, false, 'the card leaves the cell in view');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a card whose cell the filters hide stays with the matrix, not pinned over the rest of the page', async () => {
  const { page, errors, close } = await openApp('?cell=macron,army-limits&e=deu', {
    viewport: { width: 1440, height: 900 },
  });
  try {
    const card = page.locator('.mx-cell-detail');
    await card.getByText('The current filters hide this cell in the matrix.').waitFor({ state: 'attached' });
    const shown = () => card.evaluate((el) => getComputedStyle(el).visibility !== 'hidden');
    // The link opens at the top of the page, the matrix below the window.
    assert.ok(
      await page.evaluate(
        (r) => document.querySelector(r)!.getBoundingClientRect().top > innerHeight,
        REGION,
      ),
    );
    assert.equal(await shown(), false, 'card hidden while the matrix is out of the window');
    await page.locator(REGION).evaluate((el) => el.scrollIntoView());
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.mx-cell-detail')!).visibility !== 'hidden',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.mx-cell-detail')!).visibility === 'hidden',
    );
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link to a stance cell opens with the cell in the window as the grid is drawn, and the card arriving moves nothing', async () => {
  const { page, errors, close } = await openApp('', { waitFor: null });
  try {
    // No named functions in here: the test runner's transpiler wraps them in a helper the page lacks.
    await page.addInitScript(() => {
      const w = window as unknown as { cellTops: Record<string, number> };
      w.cellTops = {};
      new MutationObserver(() => {
        for (const [name, selector] of [
          ['grid', '[role="grid"]'],
          ['card', '.mx-cell-detail'],
        ] as const)
          if (!(name in w.cellTops) && document.querySelector(selector))
            w.cellTops[name] =
              document
                .querySelector('[role="gridcell"][data-person-id="macron"][data-question-id="army-limits"]')
                ?.getBoundingClientRect().top ?? NaN;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(new URL('?cell=macron,army-limits', page.url()).href);
    await page.locator('.mx-cell-detail').waitFor();
    const tops = await page.evaluate(
      () => (window as unknown as { cellTops: Record<string, number> }).cellTops,
    );
    assert.ok(tops.grid! > 0 && tops.grid! < 900, `cell at ${tops.grid}px when the grid is drawn`);
    assert.ok(Math.abs(tops.card! - tops.grid!) <= 2, `cell moved from ${tops.grid} to ${tops.card}px`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
