/**
 * Share & export in the browser: each view saves as SVG and PNG carrying its provenance, CSV files
 * start with a BOM, and the link copies. Needs the lead's wiring: <ShareMenu /> in the header tools
 * and <ExportMenu view=… /> in each view section (ViewSection `tools`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openApp } from './harness';

const VIEWS = [
  { view: 'map', label: 'Map', drawing: 'path' },
  { view: 'matrix', label: 'Stance matrix', drawing: 'rect' },
  { view: 'timeline', label: 'Timeline', drawing: 'circle, rect, path' },
] as const;

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(
  page: Page,
  open: () => Promise<void>,
  item: string | RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  await open();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  const path = await file.path();
  assert.ok(path, 'the download was saved');
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** How many distinct colours a PNG holds, decoded by the browser: a blank image has one or two. */
async function colourCount(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length && seen.size < 50; i += 4 * 7)
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

for (const { view, label, drawing } of VIEWS) {
  test(`the ${label.toLowerCase()} downloads as SVG and PNG with title, source line and dataset version`, async () => {
    const { page, errors, close } = await openApp();
    try {
      const section = page.getByRole('region', { name: label, exact: true });
      if (view !== 'matrix') await section.locator('svg').first().waitFor({ timeout: 15_000 });
      const menu = section.getByRole('button', { name: `Download the ${label.toLowerCase()}` });
      const open = () => menu.click();

      const svg = await download(page, open, 'SVG image');
      assert.match(svg.name, new RegExp(`^summit-atlas-v[a-z0-9.-]+-${view}\\.svg$`));
      const text = svg.bytes.toString('utf8');
      assert.ok(
        text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
      );
      assert.match(text, new RegExp(`<title>[^<]+ — ${label}</title>`));
      assert.match(
        text,
        /<desc>[^<]*Source: Summit Atlas dataset v[^<]+ — \d+ sources, see http:\/\/127\.0\.0\.1:\d+\//,
      );
      assert.match(text, /Exported \d{4}-\d{2}-\d{2} from Summit Atlas/);
      assert.equal(
        text.match(/dataset v\d/gi)?.length,
        2,
        'the version once in the source line, once in the description',
      );
      assert.doesNotMatch(text, /var\(--/, 'CSS variables are resolved to colours');
      const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(text);
      assert.ok(size, 'the file has numeric width and height');
      const bodyStart = text.indexOf('class="export-body"');
      assert.ok(
        bodyStart > 0 && text.slice(bodyStart).match(new RegExp(`<(${drawing.split(', ').join('|')})[ />]`)),
      );
      // The map's hatched fills mean nothing without their key; the matrix draws its own.
      if (view === 'map') {
        assert.match(text, />Colour key: role<\/text>/);
        assert.match(text, />Host <tspan[^>]*>1<\/tspan>/);
      }

      const png = await download(page, open, 'PNG image (2×)');
      assert.match(png.name, new RegExp(`^summit-atlas-v[a-z0-9.-]+-${view}\\.png$`));
      assert.deepEqual([...png.bytes.subarray(0, 8)], PNG_MAGIC);
      assert.equal(png.bytes.readUInt32BE(16), Number(size[1]) * 2, 'PNG is twice the SVG width');
      assert.equal(png.bytes.readUInt32BE(20), Number(size[2]) * 2, 'PNG is twice the SVG height');
      assert.ok((await colourCount(page, png.bytes)) > 4, 'the PNG is not blank');
      assert.match(
        (await section.locator('.export-menu [role="status"]').textContent()) ?? '',
        /Saved summit-atlas-v/,
      );
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('the share menu copies the link and citation, and saves UTF-8 CSV with a BOM and the JSON dataset', async () => {
  const { page, errors, close } = await openApp('?color=pledge');
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Share & export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share & export' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^http:\/\/127\.0\.0\.1:\d+\/\?color=pledge$/);

    const citation = await dialog.getByRole('textbox', { name: 'Citation' }).inputValue();
    assert.match(
      citation,
      /^Summit Atlas, dataset v.+ \(\d{4}-\d{2}-\d{2}\), http:\/\/127\.0\.0\.1:\d+\/\?color=pledge, accessed \d{4}-\d{2}-\d{2}$/,
    );

    const noop = async () => {};
    const stances = await download(page, noop, /^Recorded stances CSV/);
    assert.match(
      stances.name,
      /^summit-atlas-v[a-z0-9.-]+-stances-all\.csv$/,
      'nothing is filtered: named -all',
    );
    assert.deepEqual([...stances.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = stances.bytes.subarray(3).toString('utf8');
    assert.ok(text.startsWith('person_id,person_name,entity_name,question_id,question,position,'));
    assert.match(text, /https:\/\//, 'rows carry source URLs');
    assert.match(text, /Зеленський|Zelensky/);

    const json = await download(page, noop, 'Whole dataset (JSON)');
    const parsed = JSON.parse(json.bytes.toString('utf8')) as {
      schemaVersion: number;
      meta: { datasetVersion: string };
    };
    assert.equal(parsed.schemaVersion, 1);
    assert.ok(json.name.includes(parsed.meta.datasetVersion));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("the matrix's CSV lists its stances in the rows' order on screen, sorted by name, then by question", async () => {
  const { page, errors, close } = await openApp('?sort=name&e=fra,deu,gbr,pol,ita', {
    waitFor: '.matrix-row:not([hidden])',
  });
  try {
    const section = page.getByRole('region', { name: 'Stance matrix', exact: true });
    const onScreen = await section
      .locator('.matrix-row:not([hidden])')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-person-id')));
    const columns = await section
      .locator('[role="gridcell"]')
      .evaluateAll((cells) => [...new Set(cells.map((cell) => cell.getAttribute('data-question-id') ?? ''))]);
    const csv = await download(
      page,
      () => section.getByRole('button', { name: 'Download the stance matrix' }).click(),
      'CSV data (recorded stances shown)',
    );
    assert.match(csv.name, /-stances-filtered\.csv$/);
    const rows = csv.bytes
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').slice(0, 4));
    const people = [...new Set(rows.map(([person]) => person))];
    assert.ok(people.length >= 4, `${people.length} leaders with recorded stances`);
    assert.deepEqual(
      people,
      onScreen.filter((id) => id !== null && people.includes(id)),
    );
    const questionRank = (row: string[]) => columns.indexOf(row[3]!);
    for (let i = 1; i < rows.length; i++)
      if (rows[i]![0] === rows[i - 1]![0])
        assert.ok(questionRank(rows[i]!) >= questionRank(rows[i - 1]!), `row ${i + 1} in column order`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('filtered, the map colours only the chosen participants, on screen and in its SVG', async () => {
  const { page, errors, close } = await openApp('?color=pledge&e=dnk,fin,est,lva,ltu,nor,swe,isl');
  try {
    const section = page.getByRole('region', { name: 'Map', exact: true });
    await section.locator('path[data-entity-id="deu"].is-dimmed').waitFor();
    // Germany (undecided, yellow hatching) and Poland (rules out, orange) are outside the filter.
    const fills = await page.evaluate(() =>
      Object.fromEntries(
        ['deu', 'pol', 'fra', 'dnk', 'nor'].map((id) => [
          id,
          getComputedStyle(document.querySelector(`path.map-country[data-entity-id="${id}"]`)!).fill,
        ]),
      ),
    );
    assert.equal(fills.deu, fills.pol, 'the dimmed shapes share one fill');
    assert.equal(fills.deu, fills.fra);
    assert.match(fills.deu ?? '', /^(rgb|color)\(/, `a flat colour, not a pattern: ${fills.deu}`);
    assert.notEqual(fills.dnk, fills.deu, 'a chosen participant keeps its colour');

    const menu = section.getByRole('button', { name: 'Download the map' });
    const svg = (await download(page, () => menu.click(), 'SVG image')).bytes.toString('utf8');
    const fillOf = (id: string) =>
      new RegExp(`data-entity-id="${id}"[^>]*style="[^"]*fill: ?([^;"]+)`).exec(svg)?.[1];
    assert.ok(fillOf('deu') && fillOf('deu') === fillOf('pol'), `deu ${fillOf('deu')}, pol ${fillOf('pol')}`);
    assert.doesNotMatch(fillOf('deu') ?? '', /url\(/);
    assert.match(fillOf('nor') ?? '', /url\(|#|rgb/);
    assert.notEqual(fillOf('nor'), fillOf('deu'));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
