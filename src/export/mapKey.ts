/**
 * The map's colour key, and its organisations, under its drawing in an exported image. The map's
 * fills (hatching for roles, attendance or pledges) mean nothing without the key, and unlike the
 * matrix, whose key `matrixSvg` draws from the model, the map's key is HTML beside the drawing: it is
 * read from the page, each swatch cloned with its pattern, so the file shows what the reader saw.
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

function readItem(el: Element, label: string, count: string, win: Window): KeyItem[] {
  const svg = el.querySelector('svg');
  return svg ? [{ swatch: cloneViewSvg(svg, win).markup, label, count }] : [];
}

const textOf = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

interface KeyGroup {
  title: string;
  items: KeyItem[];
}

/**
 * What the page shows beside the drawing: the organisations' row (drawn under the map, not in it, so
 * the image would otherwise leave them out while the key counts them) and the colour key.
 */
function readGroups(section: ParentNode, win: Window): KeyGroup[] {
  const groups: KeyGroup[] = [];
  const orgs = section.querySelector('.map-orgs');
  if (orgs)
    groups.push({
      title: textOf(orgs.querySelector('.map-orgs__title')) || 'Organisations',
      items: [...orgs.querySelectorAll('.map-org')].flatMap((org) => readItem(org, textOf(org), '', win)),
    });
  const legend = section.querySelector('.map-legend');
  if (legend)
    groups.push({
      title: textOf(legend.querySelector('.map-legend__title')) || 'Colour key',
      items: [...legend.querySelectorAll('.map-legend__item')].flatMap((item) =>
        readItem(
          item,
          textOf(item.querySelector('.map-legend__label')),
          textOf(item.querySelector('.map-legend__count')),
          win,
        ),
      ),
    });
  return groups.filter((g) => g.items.length > 0);
}

/** The body with the organisations and the key laid out in rows beneath it; unchanged without them. */
export function withMapKey(
  body: ExportBody,
  section: ParentNode,
  palette: ExportPalette,
  win: Window = window,
): ExportBody {
  const groups = readGroups(section, win);
  if (groups.length === 0) return body;
  const text = (x: number, y: number, content: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${FONT}" font-weight="${weight}" fill="${palette.text}">${content}</text>`;
  const parts: string[] = [];
  let y = body.height;
  for (const group of groups) {
    y += ROW;
    parts.push(text(0, y - 6, escapeXml(group.title), 700));
    let x = 0;
    for (const item of group.items) {
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
    y += ROW;
  }
  return {
    markup: `${body.markup}<g class="export-map-key">${parts.join('')}</g>`,
    width: body.width,
    height: y + 4,
  };
}
