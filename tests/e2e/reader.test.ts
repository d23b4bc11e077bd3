/**
 * The reader sections (overview, claims, sources, glossary, about) on a phone and a laptop, in both
 * themes: no WCAG A/AA violations inside them, no sideways scroll, 44 px touch targets, and the
 * overview's headline figures on screen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, openApp } from './harness';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SECTIONS = [
  'The summit in brief',
  'Claims checked against other sources',
  'Sources',
  'Glossary',
  'About this dataset',
];

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    test(`reader sections at ${viewport.width}×${viewport.height}, ${colorScheme} theme`, async () => {
      const { page, errors, close } = await openApp('', { viewport, colorScheme });
      try {
        await page.waitForSelector('section[aria-labelledby="overview-title"]', { timeout: 15_000 });
        // The reading sections below the views render once the browser is idle after first paint.
        await page.waitForSelector('#about', { timeout: 15_000 });
        for (const name of SECTIONS) {
          assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, `region ${name}`);
        }

        const overview = page.getByRole('region', { name: 'The summit in brief', exact: true });
        for (const figure of ['Participants', 'Countries committed to the force']) {
          const card = overview.getByRole('article', { name: figure, exact: true });
          assert.ok(await card.isVisible(), `${figure} card visible`);
          assert.match((await card.textContent()) ?? '', /\d+ as reported/, `${figure} reported value`);
        }
        const participants =
          (await overview.getByRole('article', { name: 'Participants' }).textContent()) ?? '';
        assert.match(participants, /35 as reported/);
        assert.match(participants, /\d+ in this dataset/);
        const pledges =
          (await overview.getByRole('article', { name: 'Countries committed to the force' }).textContent()) ??
          '';
        assert.match(pledges, /26 as reported/);
        assert.match(pledges, /Ready to deploy troops: \d+/);

        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);

        // Expand the folded parts so axe and the target-size check see them too.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll<HTMLDetailsElement>('.reader-section details'))
            d.open = true;
        });
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.reader-section button, .reader-section summary')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => ({ text: el.textContent?.trim() ?? '', height: el.getBoundingClientRect().height }))
            .filter((t) => t.height < 43.5),
        );
        assert.deepEqual(small, [], 'touch targets under 44px');

        assert.deepEqual(await axeViolations(page, '.reader-section'), []);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
}

test('a glossary term in the summary jumps to its definition', async () => {
  const { page, close } = await openApp('');
  await page.waitForSelector('#about', { timeout: 15_000 });
  try {
    const term = page.locator('#overview .glossary-term').first();
    const href = await term.getAttribute('href');
    assert.match(href ?? '', /^#glossary-[a-z0-9-]+$/);
    await term.click();
    assert.ok(page.url().endsWith(href ?? ''), page.url());
    assert.ok(await page.locator(href ?? '').isVisible());
  } finally {
    await close();
  }
});

test("a takeaway's link opens the folded claims and lands on its claim, on a phone and a laptop", async () => {
  for (const viewport of VIEWPORTS) {
    const { page, errors, close } = await openApp('', { viewport });
    try {
      await page.waitForSelector('#about', { timeout: 15_000 });
      // Found by role, as assistive technology finds it: that lays out the skipped sections below
      // (content-visibility: auto) as they are, which is when the jump used to land past the claim.
      const link = page.getByRole('link', { name: 'See the claim and its check' }).first();
      const href = (await link.getAttribute('href')) ?? '';
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.waitForFunction((h) => location.hash === h, href);
      // The claims around it render late (content-visibility): wait until the page stops moving.
      await page.waitForTimeout(600);
      const top = await page.evaluate((h) => document.querySelector(h)!.getBoundingClientRect().top, href);
      // Within a pixel of the top counts: the jump lands on whole pixels, the layout is fractional.
      assert.ok(
        top >= -1 && top < viewport.height / 2,
        `${viewport.width}: ${href} at ${top}px from the top`,
      );
      assert.equal(await page.locator(`details:has(${href})`).getAttribute('open'), '');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a source filter and a citing record take the reader to the stance in the matrix', async () => {
  const { page, close } = await openApp('');
  await page.waitForSelector('#about', { timeout: 15_000 });
  try {
    const sources = page.getByRole('region', { name: 'Sources', exact: true });
    const official = sources.getByRole('button', { name: /^Official \(\d+\)$/ });
    await official.click();
    assert.equal(await official.getAttribute('aria-pressed'), 'true');
    const stance = sources.locator('.citing-button', { hasText: /^Stance: / }).first();
    await stance.click();
    await page.waitForURL(/[?&]cell=/, { timeout: 5_000 });
    // Focus goes with the reader, not left on a button now scrolled out of sight.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement!;
        const box = el.getBoundingClientRect();
        return { onScreen: box.bottom > 0 && box.top < innerHeight, inSources: !!el.closest('#sources') };
      });
    await page.waitForFunction(() => !document.activeElement?.closest('#sources'), null, { timeout: 5_000 });
    assert.deepEqual(await focused(), { onScreen: true, inSources: false });
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[aria-label="Stance matrix"]')));
    // Another record, with the card's code loaded by now: focus goes to its card, not to the grid's
    // tab stop on some other cell.
    await page.keyboard.press('Escape');
    const second = sources.locator('.citing-button', { hasText: /^Stance: / }).nth(1);
    const person = /^Stance: (.+?) on /.exec((await second.textContent()) ?? '')?.[1] ?? '(none)';
    await second.scrollIntoViewIfNeeded();
    await second.click();
    await page.waitForFunction(() => document.activeElement?.id === 'matrix-detail-title', null, {
      timeout: 5_000,
    });
    assert.ok(((await page.locator('#matrix-detail-title').textContent()) ?? '').startsWith(`${person} on`));
    assert.deepEqual(await focused(), { onScreen: true, inSources: false });
    // A country's record opens it on the map, which takes focus.
    await page.keyboard.press('Escape');
    const country = sources.locator('.citing-button', { hasText: /^Country: / }).first();
    await country.scrollIntoViewIfNeeded();
    await country.click();
    await page.waitForURL(/[?&]sel=/, { timeout: 5_000 });
    await page.waitForFunction(() => !!document.activeElement?.closest('#map'), null, { timeout: 5_000 });
    assert.deepEqual(await focused(), { onScreen: true, inSources: false });
  } finally {
    await close();
  }
});

test('on a phone an event opened from the sources comes into the window, focused, with its detail under it', async () => {
  const { page, errors, close } = await openApp('', { viewport: { width: 390, height: 844 } });
  try {
    await page.waitForSelector('#about', { timeout: 15_000 });
    const event = page
      .getByRole('region', { name: 'Sources', exact: true })
      .locator('.citing-button', { hasText: /^Event: / })
      .first();
    await event.scrollIntoViewIfNeeded();
    await event.click();
    await page.waitForURL(/[?&]ev=/, { timeout: 5_000 });
    await page.waitForFunction(() => document.activeElement?.classList.contains('tl-item'), null, {
      timeout: 5_000,
    });
    const item = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        expanded: document.activeElement!.getAttribute('aria-expanded'),
      };
    });
    assert.ok(item.top >= -1 && item.bottom <= 844 / 2, `the event's row at ${item.top}–${item.bottom}px`);
    assert.equal(item.expanded, 'true');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
