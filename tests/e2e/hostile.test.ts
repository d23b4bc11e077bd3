import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASE_URL, openApp, type OpenedPage } from './harness';

const fixture = (name: string) => `tests/fixtures/hostile/${name}`;

async function loadFile(opened: OpenedPage, path: string) {
  const { page } = opened;
  await page.getByRole('button', { name: 'Load your own summit' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
}

test('HTML and script in a dataset render as text and never run', async () => {
  const opened = await openApp();
  try {
    await loadFile(opened, fixture('html-in-strings.json'));
    await opened.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('<script>'));
    assert.equal(
      await opened.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
    );
    assert.equal(await opened.page.locator('main script, main iframe, main img[src=x]').count(), 0);
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.close();
  }
});

test('a refused file keeps the summit on screen and lists every problem with a fix', async () => {
  const opened = await openApp();
  try {
    const { page } = opened;
    const title = await page.textContent('h1');
    await loadFile(opened, fixture('script-urls.json'));
    const dialog = page.getByRole('dialog', { name: 'This file was not loaded' });
    await dialog.waitFor();
    const items = await dialog.locator('li').allTextContents();
    assert.equal(items.length, 3);
    assert.match(items[0] ?? '', /sources\[0\]\.url: must be an http:\/\/ or https:\/\/ link.*https:\/\//);
    await page.keyboard.press('Escape');
    assert.equal(await page.textContent('h1'), title);
  } finally {
    await opened.close();
  }
});

for (const name of ['long-strings.json', 'deep-nesting.json']) {
  test(`${name} is refused quickly with a clear message`, async () => {
    const opened = await openApp();
    try {
      await loadFile(opened, fixture(name));
      await opened.page.getByRole('dialog', { name: 'This file was not loaded' }).waitFor({ timeout: 5000 });
    } finally {
      await opened.close();
    }
  });
}

test('right-to-left names, emoji and empty collections render without errors', async () => {
  const opened = await openApp();
  try {
    await loadFile(opened, fixture('rtl-and-emoji.json'));
    await opened.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('🕊️'));
    await loadFile(opened, fixture('empty-collections.json'));
    await opened.page.waitForFunction(() =>
      document.querySelector('footer')?.textContent?.includes('0 sources'),
    );
    for (const name of ['Map', 'Stance matrix', 'Timeline']) {
      assert.equal(await opened.page.getByRole('region', { name, exact: true }).count(), 1);
    }
    assert.equal(await opened.page.locator('.view-error').count(), 0, 'no view fell over');
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.close();
  }
});

test('a 10 MB file is refused before it is read', async () => {
  const opened = await openApp();
  try {
    const { page } = opened;
    await page.getByRole('button', { name: 'Load your own summit' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(10 * 1024 * 1024, 0x20),
    });
    const dialog = page.getByRole('dialog', { name: 'This file was not loaded' });
    await dialog.waitFor({ timeout: 3000 });
    assert.match((await dialog.textContent()) ?? '', /10\.0 MB; the limit is 5 MB/);
  } finally {
    await opened.close();
  }
});

test('no request leaves the origin, and an off-origin dataset waits for confirmation', async () => {
  const opened = await openApp('?data=https://data.example.com/summit.json');
  try {
    const { page, requests } = opened;
    const dialog = page.getByRole('dialog', { name: 'Load data from another site?' });
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /data\.example\.com/);
    await page.getByRole('button', { name: 'No, keep this summit' }).click();
    await page.waitForTimeout(300);
    const origin = new URL(BASE_URL).origin;
    const offOrigin = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    assert.deepEqual(offOrigin, []);
  } finally {
    await opened.close();
  }
});

test('built pages carry a CSP that allows scripts only from their own origin, without eval', () => {
  const html = readFileSync(`${process.env.E2E_OUT_DIR ?? 'dist'}/index.html`, 'utf8');
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replace(
    /&#39;/g,
    "'",
  );
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
});

test('malformed URL parameters fall back to defaults without an error', async () => {
  const opened = await openApp(
    '?e=%E0%A4%A&color=<svg>&zoom=NaN,1&from=2025-99-99&slide=-1&cell=,,&sort[]=1',
  );
  try {
    assert.equal(await opened.page.locator('.view-error').count(), 0);
    // Nothing the view refused stays in the address to be copied on.
    await opened.page.waitForURL((url) => url.search === '');
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.close();
  }
});

test('a link naming ids this dataset does not have shows the defaults, keeping what it does have', async () => {
  const opened = await openApp('?e=zzz&q=army-size&cat=parade&sel=atlantis&color=pledge');
  try {
    const count = (view: string) =>
      opened.page
        .locator(`section[aria-label="${view}"]`)
        .getByText(/^Showing \d+ of \d+/)
        .first();
    assert.match((await count('Map').textContent()) ?? '', /Showing 39 of 39 participants/);
    assert.match((await count('Stance matrix').textContent()) ?? '', /Showing 45 of 45 leaders/);
    assert.match((await count('Timeline').textContent()) ?? '', /Showing 73 of 73 events/);
    assert.equal(await opened.page.getByRole('radio', { name: 'Pledge' }).isChecked(), true);
    assert.equal(new URL(opened.page.url()).search, '?color=pledge');
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.close();
  }
});
