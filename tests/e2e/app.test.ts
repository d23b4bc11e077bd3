import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { axeViolations, openApp } from './harness';

test('the app loads the shipped dataset, shows the title and three views, and logs no errors', async () => {
  const { page, errors, close } = await openApp();
  try {
    await page.waitForSelector('h1');
    const title = await page.textContent('h1');
    assert.match(title ?? '', /Coalition of the Willing/);
    for (const name of ['Map', 'Stance matrix', 'Timeline']) {
      assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, `region ${name}`);
    }
    assert.match((await page.textContent('footer')) ?? '', /Dataset version .+ \d+ sources/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('axe-core finds no WCAG A/AA violations on the first screen', async () => {
  const { page, close } = await openApp();
  try {
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await close();
  }
});

test('a broken dataset shows the error screen listing every problem', async () => {
  const broken = readFileSync('tests/fixtures/invalid/broken-references.json', 'utf8');
  const { page, close } = await openApp('', { waitFor: null, blockServiceWorkers: true });
  try {
    await page.route('**/data/summit.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: broken }),
    );
    await page.reload();
    await page.waitForSelector('text=This summit dataset cannot be shown');
    const items = await page.locator('.data-error__list li').allTextContents();
    assert.ok(
      items.some((t) => t.includes('stances[0].sourceIds[0]: unknown source "src-99"')),
      items.join('\n'),
    );
    assert.equal(await page.getByRole('button', { name: 'Copy the report' }).count(), 1);
  } finally {
    await close();
  }
});
