/**
 * Embed mode: `?embed=map|matrix|timeline` shows one view in the EmbedFrame (title bar, view, source
 * line, link back to the full app) and posts its height to the host page. Needs the lead's wiring:
 * AppShell renders only the chosen view inside <EmbedFrame which={…}> when parseEmbedParam() says so.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, BASE_URL, openApp, type AxeViolation, type AxeContext } from './harness';

const axe = (page: Page, context: AxeContext): Promise<AxeViolation[]> => axeViolations(page, context);

const LABELS = { map: 'Map', matrix: 'Stance matrix', timeline: 'Timeline' } as const;

for (const [kind, label] of Object.entries(LABELS)) {
  test(`?embed=${kind} renders only the ${label.toLowerCase()} and posts its height`, async () => {
    const { page, errors, close } = await openApp('', {
      waitFor: null,
      viewport: { width: 800, height: 600 },
    });
    try {
      // Not framed, window.parent is the window itself: its own message events carry the height.
      await page.addInitScript(() => {
        const w = window as unknown as { heights: unknown[] };
        w.heights = [];
        window.addEventListener('message', (e) => {
          if ((e.data as { type?: string } | null)?.type === 'summit-atlas:height') w.heights.push(e.data);
        });
      });
      await page.goto(new URL(`?embed=${kind}&color=pledge`, BASE_URL).href);
      await page.waitForSelector(`section[aria-label="${label}"]`, { timeout: 15_000 });
      for (const [other, otherLabel] of Object.entries(LABELS)) {
        const count = await page.getByRole('region', { name: otherLabel, exact: true }).count();
        assert.equal(count, other === kind ? 1 : 0, `region ${otherLabel}`);
      }
      assert.equal(await page.getByRole('button', { name: 'Share & export' }).count(), 0, 'no page chrome');
      assert.match((await page.textContent('h1')) ?? '', new RegExp(`— ${label}`));
      assert.match(
        (await page.textContent('.embed-frame__footer')) ?? '',
        /Source: Summit Atlas dataset v.+ — \d+ sources/,
      );

      const link = page.getByRole('link', { name: /Open in Summit Atlas/ });
      const href = (await link.getAttribute('href')) ?? '';
      assert.doesNotMatch(href, /embed=/);
      assert.match(href, /color=pledge/);

      await page.waitForFunction(() => (window as unknown as { heights: unknown[] }).heights.length > 0);
      const messages = await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights);
      for (const m of messages) {
        assert.deepEqual(Object.keys(m as object).sort(), ['height', 'type'], 'height only, no data');
        assert.ok((m as { height: number }).height > 100);
      }
      // The frame's own chrome; each view's accessibility is tested with the view.
      const view = `section[aria-label="${label}"]`;
      assert.deepEqual(await axe(page, { include: [['.embed-frame']], exclude: [[view]] }), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

/** A host page on its own loopback port: another origin, still local for Chromium's network checks. */
async function serveHostPage(html: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a host page on another origin framing ?embed=map receives the height and sizes the iframe to it', async () => {
  const src = new URL('?embed=map', BASE_URL).href;
  const host = await serveHostPage(`<!doctype html><html lang="en"><title>Host</title>
    <iframe id="f" src="${src}" title="Summit Atlas map" width="100%" height="150" style="border:0"></iframe>
    <script>
      window.reported = [];
      window.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'summit-atlas:height') {
          window.reported.push({ origin: e.origin, data: e.data });
          document.getElementById('f').style.height = e.data.height + 'px';
        }
      });
    </script></html>`);
  const { page, errors, close } = await openApp(host.url, { waitFor: null });
  try {
    const reported = () =>
      page.evaluate(
        () => (window as unknown as { reported: { origin: string; data: { height: number } }[] }).reported,
      );
    await page
      .frameLocator('#f')
      .getByRole('region', { name: 'Map', exact: true })
      .waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => (window as unknown as { reported: unknown[] }).reported.length > 0);
    await page.waitForTimeout(500);
    const last = (await reported()).at(-1);
    assert.ok(last);
    assert.equal(last.origin, new URL(BASE_URL).origin);
    assert.deepEqual(Object.keys(last.data).sort(), ['height', 'type']);
    assert.ok(last.data.height > 300, `reported ${last.data.height}px`);
    const box = await page.locator('#f').boundingBox();
    assert.equal(Math.round(box?.height ?? 0), last.data.height, 'the iframe fits its content');
    const inner = await page
      .frameLocator('#f')
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.equal(inner, last.data.height);
    assert.deepEqual(errors, []);
  } finally {
    await close();
    await host.stop();
  }
});
