import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openApp } from './harness';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      person: el?.dataset.personId ?? null,
      question: el?.dataset.questionId ?? null,
      event: el?.getAttribute('aria-activedescendant') ?? el?.dataset.eventId ?? null,
      label: el?.getAttribute('aria-label') ?? el?.textContent ?? '',
    };
  });

test('keyboard only: find Poland, read its pledge, open Tusk on own troops, jump to 4 September', async () => {
  const { page, errors, close } = await openApp();
  try {
    // 1. "/" goes to the search of the filter; narrow every view to Poland.
    await page.keyboard.press('/');
    await page.keyboard.type('Poland');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/e=pol/);

    // 2. "m" goes to the map; Tab on to its participant finder; Enter on Poland shows the pledge.
    await page.keyboard.press('m');
    for (let i = 0; i < 40; i++) {
      const label = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent,
      );
      if (label === 'Find a participant') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Poland');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const detail = page.locator('section[aria-label="Map"] .map-detail');
    await detail.waitFor();
    assert.match((await detail.textContent()) ?? '', /Poland[\s\S]*Rules out troops/);

    // 3. "s" goes to the stance grid; arrows to Tusk × own troops; Enter opens the evidence.
    await page.keyboard.press('s');
    for (let i = 0; i < 5 && (await focused(page)).person === null; i++)
      await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 12; i++) {
      const cell = await focused(page);
      if (cell.question === 'own-troops') break;
      await page.keyboard.press('ArrowRight');
    }
    const cell = await focused(page);
    assert.deepEqual([cell.person, cell.question], ['tusk', 'own-troops']);
    assert.match(cell.label, /Donald Tusk, Sending own troops: opposes/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/cell=tusk,own-troops/);

    // 4. "t" goes to the timeline; step to the first event of 4 September and open it.
    await page.keyboard.press('t');
    for (let i = 0; i < 60; i++) {
      const { event } = await focused(page);
      if (event?.includes('2025-09-04')) break;
      await page.keyboard.press('ArrowRight');
    }
    assert.match((await focused(page)).event ?? '', /2025-09-04/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/ev=2025-09-04/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('analyst: a filtered view survives copying its link into a fresh page, and Back undoes a filter', async () => {
  const first = await openApp();

  try {
    const { page } = first;
    // Two separate changes, each written to the address bar before the next (writes are debounced).
    await page.getByRole('button', { name: /^Nordic-Baltic Eight/ }).click();
    await page.waitForURL(/e=dnk/);
    await page.getByRole('radio', { name: 'Attendance', exact: true }).check();
    await page.waitForURL(/color=attendance/);
    const url = page.url();
    const summary = await page.locator('.filter-summary__text').textContent();
    const mapCount = await page.locator('.map-view__count').textContent();

    const second = await openApp(url.replace(/^https?:\/\/[^/]+\//, ''));
    try {
      assert.equal(await second.page.locator('.filter-summary__text').textContent(), summary);
      assert.equal(await second.page.locator('.map-view__count').textContent(), mapCount);
      assert.equal(
        await second.page.getByRole('radio', { name: 'Attendance', exact: true }).isChecked(),
        true,
      );
    } finally {
      await second.close();
    }

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('color=attendance'));
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('e=dnk'));
    assert.match(
      (await page.locator('.filter-summary__text').textContent()) ?? '',
      /Showing 39 of 39 participants/,
    );
  } finally {
    await first.close();
  }
});

test('a full profile makes way for the position it opens, and closes when Tab leaves it', async () => {
  const { page, errors, close } = await openApp('?sel=fra');
  try {
    const opener = page.getByRole('button', { name: 'Full profile: stances, events, sources' });
    await opener.click();
    const panel = page.locator('.entity-panel');
    await panel.waitFor();
    await panel
      .getByRole('button', { name: /^Emmanuel Macron on / })
      .first()
      .click();
    await page.waitForURL(/cell=macron,/);
    await panel.waitFor({ state: 'detached' });
    // Focus is on the evidence card, on screen, with nothing over it.
    await page.waitForFunction(() => document.activeElement?.closest('[data-record-focus]') !== null);
    const onScreen = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 4, r.top + 4);
      return r.top >= 0 && r.bottom <= innerHeight && hit !== null && document.activeElement!.contains(hit);
    });
    assert.ok(onScreen, 'the card heading is on screen and not covered');

    // Tabbing past the panel's last link closes it, and focus stays where Tab put it.
    await opener.click();
    await panel.waitFor();
    for (let i = 0; i < 150 && (await panel.count()) > 0; i++) await page.keyboard.press('Tab');
    assert.equal(await panel.count(), 0, 'the panel closed once focus left it');
    const where = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
    assert.notEqual(where, 'BODY');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
