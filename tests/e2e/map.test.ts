import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { afterScrollSettles, axeViolations, openApp, type AxeViolation } from './harness';

const MAP = 'section[aria-label="Map"]';
const axeInMap = (page: Page): Promise<AxeViolation[]> => axeViolations(page, MAP);
/** Waits until the map's zoom and pan differ from `before` (its group's transform). */
const mapMoved = (page: Page, before: string | null) =>
  page.waitForFunction(
    (b) =>
      document
        .querySelector('section[aria-label="Map"] svg.map-svg > g[transform]')
        ?.getAttribute('transform') !== b,
    before,
  );

test('the map is one tab stop: Tab reaches it, arrows move, Enter opens the detail panel', async () => {
  const { page, errors, requests, close } = await openApp();
  try {
    const svg = page.locator(`${MAP} svg.map-svg`);
    await svg.waitFor();
    assert.ok(
      requests.some((url) => url.endsWith('/geo/world.topo.json')),
      'geometry fetched from geo/',
    );
    assert.equal(await page.locator(`${MAP} svg.map-svg [tabindex]`).count(), 0, 'no per-path tab stops');

    let focused = false;
    for (let i = 0; i < 120 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await svg.evaluate((el) => el === document.activeElement);
    }
    assert.ok(focused, 'Tab reaches the map');
    const tip = page.getByTestId('map-tooltip');
    await tip.waitFor();
    const start = (await tip.locator('strong').textContent()) ?? '';
    assert.notEqual(start, '', 'focus starts on a participant');
    let name = start;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      name = (await tip.locator('strong').textContent()) ?? '';
      if (name !== start) break;
    }
    assert.notEqual(name, start, `arrows moved focus away from ${start}`);
    await page.keyboard.press('Enter');
    const heading = page.locator(`${MAP} .map-detail h3`);
    await heading.waitFor();
    assert.equal(await heading.textContent(), name);

    // Escape on the map clears the selection (the app-wide entity panel may have taken focus).
    await svg.focus();
    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('axe finds no WCAG A/AA violations in the Map region, with a selection and a tooltip showing', async () => {
  const { page, close } = await openApp('?sel=fra');
  try {
    await page.locator(`${MAP} svg.map-svg`).waitFor();
    await page.locator(`${MAP} .map-detail`).waitFor();
    // Another panel may take focus when it mounts for the selection: retry until the map has it.
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.locator(`${MAP} svg.map-svg`).focus();
      const shown = await page
        .getByTestId('map-tooltip')
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
    }
    await page.getByTestId('map-tooltip').waitFor();
    assert.deepEqual(await axeInMap(page), []);
  } finally {
    await close();
  }
});

test('dark theme and a phone: no violations, no sideways scroll, controls are 44 px targets', async () => {
  const { page, close } = await openApp('', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  try {
    await page.locator(`${MAP} svg.map-svg`).waitFor();
    assert.deepEqual(await axeInMap(page), []);
    const region = page.locator(MAP);
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 0, `map region overflows by ${overflow}px`);
    const box = await page.locator(`${MAP} svg.map-svg`).boundingBox();
    assert.ok(box && box.height >= 280 && box.height <= 320, `phone map height ${box?.height}`);
    for (const name of ['Zoom in on the map', 'Zoom out of the map', 'Reset map zoom', 'Europe', 'World']) {
      const b = await region.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(b && b.width >= 44 && b.height >= 44, `${name} is ${b?.width}×${b?.height}`);
    }
    for (const name of ['Show the participants as a table', 'Show the events as a table']) {
      const b = await page.locator('summary', { hasText: name }).boundingBox();
      assert.ok(b && b.height >= 44, `"${name}" is ${b?.height} px high`);
    }
    // Stepping through the countries by keyboard, each one's tooltip stays inside the map's width.
    const svg = page.locator(`${MAP} svg.map-svg`);
    await svg.focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight');
      const [name, left, right] = await page.evaluate(() => {
        const tip = document.querySelector('[data-testid="map-tooltip"]');
        const t = tip!.getBoundingClientRect();
        const s = document.querySelector('section[aria-label="Map"] svg.map-svg')!.getBoundingClientRect();
        return [tip!.querySelector('strong')!.textContent, t.left - s.left, s.right - t.right] as const;
      });
      assert.ok(
        left >= 0 && right >= 0,
        `${name}'s tooltip runs ${left}px / ${right}px past the map's sides`,
      );
    }
  } finally {
    await close();
  }
});

test('on a touch screen one finger scrolls the page past the map, and two fingers zoom the map', async () => {
  const { page, errors, close } = await openApp('', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });
  try {
    const svg = page.locator(`${MAP} svg.map-svg`);
    await svg.waitFor();
    await svg.scrollIntoViewIfNeeded();
    await afterScrollSettles(page);
    const transform = () => page.locator(`${MAP} svg.map-svg > g[transform]`).getAttribute('transform');
    const before = await transform();
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    };
    const centre = async () => {
      const box = (await svg.boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    const [x, y] = await centre();
    const scrolled = await page.evaluate(() => scrollY);
    await touch('touchStart', [[x, y + 60]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[x, y + 60 - i * 15]]);
    await touch('touchEnd', []);
    await page.waitForTimeout(300);
    assert.ok((await page.evaluate(() => scrollY)) > scrolled + 40, 'one finger scrolled the page');
    assert.equal(await transform(), before, 'and left the map as it was');

    const [cx, cy] = await centre();
    await touch('touchStart', [
      [cx - 30, cy],
      [cx + 30, cy],
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        [cx - 30 - i * 8, cy],
        [cx + 30 + i * 8, cy],
      ]);
    await touch('touchEnd', []);
    await mapMoved(page, before);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('mouse: Ctrl + wheel zooms (a plain wheel scrolls the page), drag pans, Europe resets, a click on a shape or a marker selects', async () => {
  const { page, close } = await openApp();
  try {
    const svg = page.locator(`${MAP} svg.map-svg`);
    await svg.waitFor();
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const group = page.locator(`${MAP} svg.map-svg > g[transform]`);
    const before = await group.getAttribute('transform');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // A plain wheel scrolls the page past the map; with Ctrl (a trackpad's pinch) it zooms.
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => scrollY > y, scrolled);
    assert.equal(await group.getAttribute('transform'), before, 'a plain wheel left the map as it was');
    await page.mouse.wheel(0, -200);
    await page.waitForFunction((y) => scrollY === y, scrolled);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await mapMoved(page, before);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await page
      .waitForFunction(() => location.search.includes('zoom='), undefined, { timeout: 5000 })
      .catch(() => undefined);
    const europe = page.getByRole('button', { name: 'Europe', exact: true });
    assert.equal(await europe.getAttribute('aria-pressed'), 'false', 'the view left the Europe preset');
    await europe.click();
    assert.equal(await europe.getAttribute('aria-pressed'), 'true');

    // A country shape (Ukraine's bounding-box centre lies inside it) and a small-state marker.
    const ukraine = (await page.locator(`${MAP} path[data-entity-id="ukr"]`).boundingBox())!;
    await page.mouse.click(ukraine.x + ukraine.width / 2, ukraine.y + ukraine.height / 2);
    await page.locator(`${MAP} .map-detail h3`, { hasText: 'Ukraine' }).waitFor();
    await page.locator(`${MAP} g.map-marker[data-entity-id="lux"] circle`).last().click();
    await page.locator(`${MAP} .map-detail h3`, { hasText: 'Luxembourg' }).waitFor();
  } finally {
    await close();
  }
});

test('the "Russia, not taking part" label stands whole on Russia, or is left out where only a strip of it shows', async () => {
  for (const [viewport, path, drawn] of [
    [{ width: 390, height: 844 }, '', false],
    [{ width: 1440, height: 900 }, '', true],
    [{ width: 390, height: 844 }, '?zoom=28,60,3', true],
    [{ width: 1440, height: 900 }, '?zoom=28,60,3', true],
  ] as const) {
    const { page, errors, close } = await openApp(path, { viewport });
    const where = `${viewport.width} ${path || '(Europe)'}`;
    try {
      await page.locator('svg.map-svg [data-entity-id="rus"]').first().waitFor();
      const label = page.locator('svg.map-svg .map-outsider');
      assert.equal(await label.count(), drawn ? 1 : 0, `${where}: label drawn`);
      if (!drawn) continue;
      assert.match((await label.textContent()) ?? '', /^Russia not taking part$/);
      // The label lets the pointer through: what lies under each line's corners and middle is Russia
      // (at 1440 px the second line's lower left corner stood on the land next to Russia's).
      await label.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const under = await label.evaluate((el) =>
        [...el.querySelectorAll('tspan')].flatMap((line) => {
          const r = line.getBoundingClientRect();
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 2, r.top + 2],
            [r.right - 2, r.top + 2],
            [r.left + 2, r.bottom - 2],
            [r.right - 2, r.bottom - 2],
          ];
          return points.map(
            ([x, y]) =>
              document.elementFromPoint(x!, y!)?.closest<SVGElement>('[data-entity-id]')?.dataset.entityId,
          );
        }),
      );
      assert.deepEqual(
        new Set(under),
        new Set(['rus']),
        `${where}: under the label ${JSON.stringify(under)}`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test("in the World view, the Russia label stands on Siberia and China's on its west, clear of each other and of the participants' markers", async () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    const { page, errors, close } = await openApp('', { viewport });
    try {
      await page.getByRole('button', { name: 'World', exact: true }).click();
      await page.waitForFunction(() => location.search.includes('zoom='));
      const labels = page.locator('svg.map-svg .map-outsider');
      await page.waitForFunction(() => document.querySelectorAll('svg.map-svg .map-outsider').length === 2);
      const boxes = await labels.evaluateAll((els) =>
        els.map(
          (el) =>
            ({
              text: el.textContent,
              ...el.getBoundingClientRect().toJSON(),
              // Each line's own box: the label's box also covers the empty corner beside its name.
              lines: [...el.querySelectorAll('tspan')].map((t) => t.getBoundingClientRect().toJSON()),
            }) as const,
        ),
      );
      // Small states' markers; China's own marker lies under its own label.
      const markers = await page
        .locator('svg.map-svg g.map-marker:not([data-entity-id="chn"]) circle:not(.map-hit)')
        .evaluateAll((els) =>
          els.map((el) => ({
            id: el.parentElement?.dataset.entityId,
            ...el.getBoundingClientRect().toJSON(),
          })),
        );
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const [russia, china] = [
        boxes.find((b) => /^Russia/.test(b.text ?? '')),
        boxes.find((b) => /^China/.test(b.text ?? '')),
      ];
      assert.ok(russia && china, `${viewport.width}: both labels drawn`);
      assert.ok(
        !overlap(russia, china),
        `${viewport.width}: Russia ${JSON.stringify(russia)} clear of China ${JSON.stringify(china)}`,
      );
      for (const [name, label] of [
        ['Russia', russia],
        ['China', china],
      ] as const) {
        const hit = markers
          .filter((m) => label.lines.some((line: DOMRect) => overlap(line, m)))
          .map((m) => m.id);
        assert.deepEqual(hit, [], `${viewport.width}: ${name}'s label ${JSON.stringify(label)} over markers`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('on a phone, choosing a country brings the heading of its details up from below the map, the map still whole in view', async () => {
  const { page, errors, close } = await openApp('', { viewport: { width: 390, height: 844 } });
  try {
    const svg = page.locator('svg.map-svg');
    await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.locator('svg.map-svg path[data-entity-id="esp"]').click();
    const heading = page.locator('.map-detail').getByRole('heading', { name: 'Spain' });
    await heading.waitFor();
    await page.waitForFunction(() => {
      const top = document.querySelector('.map-detail')!.getBoundingClientRect().top;
      return top < window.innerHeight - 60;
    });
    await afterScrollSettles(page);
    const map = await svg.boundingBox();
    const title = await heading.boundingBox();
    assert.ok(map && map.y >= 0, `map top at ${map?.y}px`);
    assert.ok(
      title && title.y + title.height <= 844,
      `heading bottom at ${title && title.y + title.height}px`,
    );
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
