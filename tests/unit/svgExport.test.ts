import { buildMatrix } from '../../src/model/matrixRows';
import { indexStances } from '../../src/model/stanceCells';
import { applyFilters } from '../../src/model/filters';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { sourceLine } from '../../src/export/citation';
import { matrixSvg } from '../../src/export/matrixSvg';
import { pngScale } from '../../src/export/png';
import { cloneViewSvg, findViewSvg, referencedIds } from '../../src/export/svgClone';
import {
  EXPORT_FONT,
  LIGHT_PALETTE,
  escapeXml,
  frameSvg,
  wrapText,
  type ExportFrame,
} from '../../src/export/svgExport';
import { buildViewImage, viewFrame } from '../../src/export/viewImage';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const url = 'https://atlas.example/?view=map&e=fra,gbr';
const frame: ExportFrame = {
  title: 'Test summit — Map',
  subtitle: '4 September 2025 · Paris',
  source: sourceLine(summit, url),
  url,
  exported: 'Exported 2026-01-05 from Summit Atlas',
};
const body = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"/>',
  width: 600,
  height: 300,
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('escapeXml', () => {
  it('escapes & < > " and apostrophes', () => {
    expect(escapeXml(`Q&A <b> "x" it's`)).toBe('Q&amp;A &lt;b&gt; &quot;x&quot; it&apos;s');
  });

  it('drops control characters XML cannot hold, keeps other scripts', () => {
    expect(escapeXml('a\u0000b\u0007c Зеленський ישראל')).toBe('abc Зеленський ישראל');
  });
});

describe('wrapText', () => {
  it('wraps on spaces within the limit', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('breaks a long URL after a separator', () => {
    const lines = wrapText('see https://atlas.example/path/to/view?view=map&e=fra,gbr', 24);
    expect(lines.join('')).toBe('seehttps://atlas.example/path/to/view?view=map&e=fra,gbr');
    expect(lines.every((l) => l.length <= 24)).toBe(true);
  });
});

describe('frameSvg', () => {
  it('is a valid standalone SVG with numeric width, height and a matching viewBox', () => {
    const { svg, width, height } = frameSvg(body, frame);
    const root = parse(svg).documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 100);
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT);
  });

  it('draws the title and date in the header band and the source line and export date in the footer', () => {
    const doc = parse(frameSvg(body, frame).svg);
    const header = doc.querySelector('.export-header')?.textContent ?? '';
    const footer = (doc.querySelector('.export-footer')?.textContent ?? '').replace(/\s+/g, '');
    expect(header).toContain('Test summit — Map');
    expect(header).toContain('4 September 2025 · Paris');
    expect(footer).toContain(frame.source.replace(/\s+/g, ''));
    expect(footer).toContain('Exported2026-01-05fromSummitAtlas');
    expect(doc.querySelector('title')?.textContent).toBe('Test summit — Map');
    expect(doc.querySelector('desc')?.textContent).toContain(frame.source);
    expect(doc.querySelector('.export-footer a')?.getAttribute('href')).toBe(url);
  });

  it('escapes dataset text in titles and attributes', () => {
    const evil = {
      ...frame,
      title: 'A & B <script>alert("x")</script>',
      url: 'https://x.example/?a=1&b="2"',
    };
    const { svg } = frameSvg(body, evil);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &amp; B &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const doc = parse(svg);
    expect(doc.querySelector('title')?.textContent).toBe(evil.title);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(evil.url);
  });

  it('does not link a source line whose URL is not http(s)', () => {
    const doc = parse(frameSvg(body, { ...frame, url: 'javascript:alert(1)' }).svg);
    expect(doc.querySelector('a')).toBeNull();
  });

  it('places the drawing below the header, centred, and paints the background', () => {
    const { svg } = frameSvg(body, frame, { ...LIGHT_PALETTE, background: '#121418' });
    const doc = parse(svg);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#121418');
    expect(doc.querySelector('.export-body')?.getAttribute('transform')).toMatch(/^translate\(24 \d+\)$/);
  });
});

describe('viewFrame', () => {
  const frame = (view: 'timeline' | 'matrix', state: Partial<typeof DEFAULT_VIEW_STATE>) => {
    const filters = { ...DEFAULT_VIEW_STATE, ...state };
    return viewFrame(view, {
      summit,
      filtered: applyFilters(summit, filters),
      filters,
      sort: filters.sort,
      sortRef: filters.sortRef,
      url,
      now: new Date(2026, 0, 5),
    });
  };

  it('titles the image with the summit and view, and names the filters that narrow it', () => {
    const f = frame('timeline', {
      entities: ['fra', 'gbr'],
      categories: ['call'],
      from: '2025-09-05',
      to: '2025-09-11',
    });
    expect(f.title).toBe('Test summit — Timeline');
    expect(f.subtitle).toBe(
      '4 September 2025 · Élysée Palace, Paris · Chosen: France and the United Kingdom; events: Call; dates: 5–11 September 2025',
    );
    expect(f.source).toBe(sourceLine(summit, url));
    expect(f.exported).toBe('Exported 2026-01-05 from Summit Atlas');
    // Once: in the source line, not again in the footer under it.
    expect(`${f.source} ${f.exported}`.match(/0\.0\.1-test/g)).toHaveLength(1);
    expect(frame('timeline', { from: '2025-09-05' }).subtitle).toMatch(/ · Dates: from 5 September 2025$/);
    expect(frame('timeline', { to: '2025-09-05' }).subtitle).toMatch(/ · Dates: until 5 September 2025$/);
  });

  it('says nothing of filters for the whole dataset; the matrix names its order', () => {
    expect(frame('timeline', { sort: 'name' }).subtitle).toBe('4 September 2025 · Élysée Palace, Paris');
    expect(frame('matrix', { sort: 'name' }).subtitle).toBe(
      '4 September 2025 · Élysée Palace, Paris · rows by family name',
    );
    const ref = summit.people[0]!;
    expect(frame('matrix', { sort: 'agreement', sortRef: ref.id, pledge: ['undecided'] }).subtitle).toBe(
      `4 September 2025 · Élysée Palace, Paris · Pledge: Undecided · rows by agreement with ${ref.name}`,
    );
  });
});

describe('matrixSvg', () => {
  const all = applyFilters(summit, DEFAULT_VIEW_STATE);
  const model = (filters = all) =>
    buildMatrix(summit, indexStances(summit.stances), {
      personIds: filters.personIds,
      questionIds: filters.questionIds,
      sort: 'group',
      sortRef: null,
    });

  it('draws a row per shown leader, a column per question, and the key', () => {
    const m = model();
    const out = matrixSvg(m, LIGHT_PALETTE);
    const doc = parse(out.markup);
    const text = doc.documentElement.textContent ?? '';
    for (const row of m.rows) expect(text).toContain(row.person.name);
    for (const q of m.columns) expect(text.replace(/\s+/g, '')).toContain(q.label.replace(/\s+/g, ''));
    expect(text).toContain('Key');
    expect(text).toContain('Not stated');
    // "Not stated" cells are drawn frameless, as on screen (one more for the key).
    const notStated = m.rows.flatMap((r) => r.cells).filter((c) => c.position === 'not-stated').length;
    expect(notStated).toBeGreaterThan(0);
    expect(doc.querySelectorAll('rect[stroke="none"]').length).toBe(notStated + 1);
    expect(doc.querySelectorAll('rect[stroke-width]').length).toBeGreaterThanOrEqual(
      m.rows.length * m.columns.length,
    );
    expect(out.width).toBeGreaterThan(0);
    expect(doc.documentElement.getAttribute('height')).toBe(String(out.height));
  });

  it('follows the filters', () => {
    const filtered = applyFilters(summit, { ...DEFAULT_VIEW_STATE, entities: ['ita'] });
    const text = parse(matrixSvg(model(filtered), LIGHT_PALETTE).markup).documentElement.textContent ?? '';
    expect(text).toContain('Giorgia Meloni');
    expect(text).not.toContain('Emmanuel Macron');
  });

  it('says so when nothing matches', () => {
    const filtered = applyFilters(summit, { ...DEFAULT_VIEW_STATE, questions: ['nope'] });
    expect(matrixSvg(model(filtered), LIGHT_PALETTE).markup).toContain('No leaders or questions match');
  });
});

describe('cloning a view drawing', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('picks the largest svg, not icons inside buttons', () => {
    document.body.innerHTML = `<section aria-label="Map">
      <button><svg width="400" height="400"></svg></button>
      <svg id="small" width="100" height="50"></svg>
      <svg id="main" viewBox="0 0 800 500"></svg></section>`;
    expect(findViewSvg(document.body)?.id).toBe('main');
  });

  it('refuses a timeline shown as a list, whose only drawing is the month strip', () => {
    document.body.innerHTML = `<section aria-label="Timeline">
      <svg class="tl-overview" width="360" height="40"></svg><ul class="tl-list"></ul></section>`;
    const ctx = {
      summit,
      filtered: applyFilters(summit, DEFAULT_VIEW_STATE),
      filters: DEFAULT_VIEW_STATE,
      sort: 'group' as const,
      sortRef: null,
      url,
      now: new Date('2026-01-05'),
    };
    expect(() => buildViewImage('timeline', ctx)).toThrow(/a list at this width; widen the window/);
    document.body.innerHTML = `<section aria-label="Timeline">
      <svg class="tl-overview" width="360" height="40"></svg><svg class="tl-chart" width="900" height="400"></svg></section>`;
    expect(buildViewImage('timeline', ctx).svg).toContain('width="900"');
  });

  it('finds the patterns and gradients a drawing points to', () => {
    expect(
      referencedIds('<path style="fill:url(&quot;#hatch&quot;)"/><rect fill="url(#g1)"/><use href="#sym"/>'),
    ).toEqual(['hatch', 'g1', 'sym']);
  });

  it('sizes the copy, drops UI-only parts and copies defs that live elsewhere in the page', () => {
    document.body.innerHTML = `<svg id="defs-holder"><defs><pattern id="hatch"><rect width="2" height="2"/></pattern></defs></svg>
      <svg id="map" width="300" height="200" role="group" aria-describedby="x" class="chart">
        <path d="M0 0L10 10" fill="url(#hatch)" tabindex="0"/>
        <g data-export-ignore=""><circle r="3"/></g>
        <foreignObject><div>html</div></foreignObject>
        <text x="1" y="1">Kyiv &amp; Paris</text>
      </svg>`;
    const svg = document.getElementById('map') as unknown as SVGSVGElement;
    const out = cloneViewSvg(svg);
    const doc = parse(out.markup);
    const root = doc.documentElement;
    expect([out.width, out.height]).toEqual([300, 200]);
    expect(root.getAttribute('viewBox')).toBe('0 0 300 200');
    expect(root.getAttribute('role')).toBeNull();
    expect(doc.querySelector('circle')).toBeNull();
    expect(doc.querySelector('foreignObject')).toBeNull();
    expect(doc.querySelector('path')?.getAttribute('tabindex')).toBeNull();
    expect(doc.querySelector('defs pattern#hatch')).not.toBeNull();
    expect(doc.querySelector('text')?.getAttribute('style')).toContain(`font-family:${EXPORT_FONT}`);
    expect(doc.querySelector('text')?.textContent).toBe('Kyiv & Paris');
  });
});

describe('inlining computed styles', () => {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('writes what the page stylesheet decides, once per inherited value, and overrides stale attributes', () => {
    document.head.innerHTML =
      '<style>g.k { fill: #00ff00 } path.land { fill: #0000ff; stroke: #123456 }</style>';
    document.body.innerHTML =
      '<svg id="m" width="10" height="10"><g class="k"><path class="land" fill="red" d="M0 0"/><path id="plain" d="M0 0"/></g></svg>';
    const doc = parse(cloneViewSvg(document.getElementById('m') as unknown as SVGSVGElement).markup);
    expect(doc.querySelector('g')?.getAttribute('style')).toBe('fill:rgb(0, 255, 0)');
    expect(doc.querySelector('path[fill]')?.getAttribute('style')).toBe(
      'fill:rgb(0, 0, 255);stroke:rgb(18, 52, 86)',
    );
    expect(doc.getElementById('plain')?.hasAttribute('style')).toBe(false);
    expect(doc.querySelector('g')?.hasAttribute('class')).toBe(false);
  });
});

describe('pngScale', () => {
  it('is 2× for ordinary views', () => {
    expect(pngScale(1200, 800)).toBe(2);
  });

  it('shrinks for drawings a canvas cannot hold at 2×', () => {
    const scale = pngScale(12_000, 3_000);
    expect(scale).toBeLessThan(2);
    expect(12_000 * scale * 3_000 * scale).toBeLessThanOrEqual(16_000_000 + 1);
  });
});
