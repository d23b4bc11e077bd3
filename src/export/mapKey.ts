/**
 * The map's colour key under its drawing in an exported image. The map's fills (hatching for roles,
 * attendance or pledges) mean nothing without it, and unlike the matrix, whose key `matrixSvg` draws
 * from the model, the map's key is HTML beside the drawing: it is read from the page, each swatch
 * cloned with its pattern, so the file shows exactly the key the reader saw.
 */
import { cloneViewSvg } from './svgClone';
import { escapeXml, EXPORT_FONT, type ExportBody, type ExportPalette } from './svgExport';

const ROW = 26;
const SWATCH = 18;
const FONT = 13;
/** A generous average glyph width for the export font, so labels never run into the next item. */
const CHAR = FONT * 0.6;
const GAP = 22;

interface KeyItem {
  swatch: string;
  label: string;
  count: string;
}

function readItems(legend: Element, win: Window): KeyItem[] {
  return [...legend.querySelectorAll('.map-legend__item')].flatMap((item) => {
    const svg = item.querySelector('svg');
    if (!svg) return [];
    return [
      {
        swatch: cloneViewSvg(svg, win).markup,
        label: item.querySelector('.map-legend__label')?.textContent?.trim() ?? '',
        count: item.querySelector('.map-legend__count')?.textContent?.trim() ?? '',
      },
    ];
  });
}

/** The body with the key's title and items laid out in rows beneath it; unchanged without a key. */
export function withMapKey(
  body: ExportBody,
  section: ParentNode,
  palette: ExportPalette,
  win: Window = window,
): ExportBody {
  const legend = section.querySelector('.map-legend');
  if (!legend) return body;
  const items = readItems(legend, win);
  if (items.length === 0) return body;
  const text = (x: number, y: number, content: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${FONT}" font-weight="${weight}" fill="${palette.text}">${content}</text>`;
  const title = legend.querySelector('.map-legend__title')?.textContent?.trim() ?? 'Colour key';
  let y = body.height + ROW;
  const parts = [text(0, y - 6, escapeXml(title), 700)];
  let x = 0;
  for (const item of items) {
    const labelWidth = Math.ceil((item.label.length + (item.count ? item.count.length + 1 : 0)) * CHAR);
    const width = SWATCH + 6 + labelWidth;
    if (x > 0 && x + width > body.width) {
      x = 0;
      y += ROW;
    }
    const mid = y + ROW / 2;
    parts.push(`<g transform="translate(${x} ${mid - SWATCH / 2})">${item.swatch}</g>`);
    // The count follows its label in the same line of text, in bold grey as on the page.
    const count = item.count
      ? ` <tspan font-weight="700" fill="${palette.muted}">${escapeXml(item.count)}</tspan>`
      : '';
    parts.push(text(x + SWATCH + 6, mid + FONT * 0.35, `${escapeXml(item.label)}${count}`));
    x += width + GAP;
  }
  return {
    markup: `${body.markup}<g class="export-map-key">${parts.join('')}</g>`,
    width: body.width,
    height: y + ROW + 4,
  };
}
