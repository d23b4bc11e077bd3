/**
 * The stance matrix drawn as SVG for export (on screen it is an HTML grid): the same rows, groups,
 * columns and order as the view's model, each cell a coloured chip with its icon (colour never alone)
 * and confidence as the border style, and a key under the grid. Pure; all text is escaped.
 */
import type { Confidence, Position } from '../data/schema';
import type { MatrixModel } from '../model/matrixRows';
import { CONFIDENCE_META, CONFIDENCE_ORDER, POSITION_META } from '../model/stanceVocabulary';
import { escapeXml, estimateTextWidth, wrapText, type ExportBody, type ExportPalette } from './svgExport';

const ROW = 40;
const GROUP_ROW = 30;
const COL = 104;
const CHIP = 28;
const HEADER_LINE = 15;
const HATCH_ID = 'sa-hatch';

interface ChipStyle {
  fill: string;
  ink: string;
}

/** Fills as in the view's stylesheet; the theme-dependent ones come from the palette. */
function chipStyle(position: Position, p: ExportPalette): ChipStyle {
  switch (position) {
    case 'supports':
      return { fill: '#0072b2', ink: '#ffffff' };
    case 'conditional':
      return { fill: '#56b4e9', ink: '#0d1117' };
    case 'ambivalent':
      return { fill: '#ece3a4', ink: '#0d1117' };
    case 'opposes':
      return { fill: '#d55e00', ink: '#0d1117' };
    case 'contested':
      return { fill: '#cc79a7', ink: '#0d1117' };
    case 'undisclosed':
      return { fill: `url(#${HATCH_ID})`, ink: p.text };
    case 'not-applicable':
      return { fill: p.mutedFill, ink: p.text };
    case 'not-stated':
      return { fill: 'none', ink: p.muted };
  }
}

const DASH: Record<Confidence, string> = { high: '', moderate: '4 3', low: '1 3' };

/**
 * One chip centred on (cx, cy); `confidence` null = no record (a faint dotted border). "Not stated" has
 * no frame, as on screen: an empty cell with a dash.
 */
export function chip(
  position: Position,
  confidence: Confidence | null | 'plain',
  cx: number,
  cy: number,
  size: number,
  p: ExportPalette,
): string {
  const { fill, ink } = chipStyle(position, p);
  const faint = confidence === null || confidence === 'plain' || position === 'not-stated';
  const stroke = position === 'not-stated' ? 'none' : faint ? p.border : p.text;
  const width = faint ? 1 : 2;
  const dash = confidence === null ? '2 2' : confidence === 'plain' ? '' : DASH[confidence];
  const x = cx - size / 2;
  const y = cy - size / 2;
  const icon = POSITION_META[position].icon;
  const fontSize = icon.length > 2 ? size * 0.36 : size * 0.52;
  return (
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="4" fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}" stroke-linecap="round"` : ''}/>` +
    `<text x="${cx}" y="${cy}" text-anchor="middle" dominant-baseline="central" font-size="${fontSize.toFixed(1)}" font-weight="700" fill="${escapeXml(ink)}">${escapeXml(icon)}</text>`
  );
}

/** Cuts text to fit `width` at `size`, with an ellipsis. */
function fitText(text: string, width: number, size: number, bold = false): string {
  if (estimateTextWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  const max = Math.max(1, Math.floor(width / (size * (bold ? 0.6 : 0.56))) - 1);
  return `${chars.slice(0, max).join('').trimEnd()}…`;
}

function text(x: number, y: number, value: string, size: number, fill: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${escapeXml(fill)}"${extra}>${escapeXml(value)}</text>`;
}

function legend(
  model: MatrixModel,
  top: number,
  width: number,
  p: ExportPalette,
): { markup: string; height: number } {
  const parts = [text(0, top + 14, 'Key', 13, p.text, ' font-weight="700"')];
  let x = 0;
  let y = top + 24;
  const item = (label: string, draw: (cx: number, cy: number) => string) => {
    const w = 20 + 8 + estimateTextWidth(label, 12) + 20;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 28;
    }
    parts.push(draw(x + 10, y + 12), text(x + 28, y + 16, label, 12, p.text));
    x += w;
  };
  for (const position of model.keyPositions)
    item(`${POSITION_META[position].label} (${model.counts[position]})`, (cx, cy) =>
      chip(position, 'plain', cx, cy, 20, p),
    );
  x = 0;
  y += 34;
  parts.push(text(0, y + 16, 'Border = confidence:', 12, p.muted));
  x = estimateTextWidth('Border = confidence: ', 12) + 4;
  for (const c of CONFIDENCE_ORDER)
    item(CONFIDENCE_META[c].label, (cx, cy) => chip('ambivalent', c, cx, cy, 20, p));
  y += 28;
  parts.push(
    text(
      0,
      y + 16,
      'No record in the dataset is drawn as "not stated", which is not the same as opposing.',
      12,
      p.muted,
    ),
  );
  return { markup: parts.join(''), height: y + 24 - top };
}

export function matrixSvg(model: MatrixModel, p: ExportPalette): ExportBody {
  const names = model.rows.flatMap((r) => [
    estimateTextWidth(r.person.name, 13, true),
    estimateTextWidth(r.entityName, 11),
  ]);
  const nameCol = Math.round(Math.min(300, Math.max(160, ...names) + 16));
  const width = Math.max(560, nameCol + model.columns.length * COL);
  const labels = model.columns.map((q) => wrapText(q.label, COL / (12 * 0.6)).slice(0, 3));
  const headerHeight = Math.max(1, ...labels.map((l) => l.length)) * HEADER_LINE + 12;
  const parts: string[] = [
    `<defs><pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${escapeXml(p.background)}"/><rect width="2.2" height="6" fill="#8a919c"/></pattern></defs>`,
  ];

  if (model.rows.length === 0 || model.columns.length === 0) {
    parts.push(text(0, 20, 'No leaders or questions match the current filters.', 14, p.text));
    const key = legend(model, 40, width, p);
    parts.push(key.markup);
    return wrap(parts, width, 40 + key.height);
  }

  labels.forEach((lines, i) => {
    const cx = nameCol + i * COL + COL / 2;
    lines.forEach((line, j) =>
      parts.push(text(cx, 12 + j * HEADER_LINE, line, 12, p.text, ' font-weight="700" text-anchor="middle"')),
    );
  });
  parts.push(text(0, 12, 'Leader', 12, p.muted, ' font-weight="700"'));

  let y = headerHeight;
  for (const group of model.groups) {
    parts.push(
      `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${escapeXml(p.border)}"/>`,
      text(0, y + 20, fitText(group.label, width, 13, true), 13, p.muted, ' font-weight="700"'),
    );
    y += GROUP_ROW;
    for (const row of group.rows) {
      parts.push(
        text(0, y + 17, fitText(row.person.name, nameCol - 12, 13, true), 13, p.text, ' font-weight="700"'),
        text(0, y + 32, fitText(row.entityName, nameCol - 12, 11), 11, p.muted),
      );
      row.cells.forEach((cell, i) =>
        parts.push(chip(cell.position, cell.confidence, nameCol + i * COL + COL / 2, y + ROW / 2, CHIP, p)),
      );
      y += ROW;
    }
  }
  parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${escapeXml(p.border)}"/>`);
  const key = legend(model, y + 16, width, p);
  parts.push(key.markup);
  return wrap(parts, width, y + 16 + key.height);
}

function wrap(parts: string[], width: number, height: number): ExportBody {
  const h = Math.ceil(height);
  return {
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">${parts.join('')}</svg>`,
    width,
    height: h,
  };
}
