/**
 * A view as a standalone SVG file: the drawing between a header band (title, date) and a footer band
 * (source line with the view URL, dataset version, export date), on the theme's background, in a system-safe
 * font stack. Pure string building; every piece of text goes through `escapeXml`.
 */

export const EXPORT_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export interface ExportPalette {
  background: string;
  text: string;
  muted: string;
  border: string;
  /** Neutral fill for "not applicable" cells and similar. */
  mutedFill: string;
}

export const LIGHT_PALETTE: ExportPalette = {
  background: '#ffffff',
  text: '#1a1d23',
  muted: '#4d5562',
  border: '#c5cad3',
  mutedFill: '#dcdfe4',
};

/** The drawing to frame: one SVG element (or group) as markup, and its size in user units. */
export interface ExportBody {
  markup: string;
  width: number;
  height: number;
}

export interface ExportFrame {
  /** "Coalition of the Willing summit — Map" */
  title: string;
  /** "4 September 2025 · Élysée Palace, Paris" */
  subtitle: string;
  /** From `sourceLine(summit, url)` in citation.ts: ends with the view's URL. */
  source: string;
  /** The URL of the view as it was exported; the source line links to it. */
  url: string;
  /** "Exported 2026-01-15 from Summit Atlas" */
  exported: string;
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Escapes text and attribute values for XML: & < > " ' (and drops characters XML forbids). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A rough text width for layout without a DOM: average glyph ≈ 0.56 em (0.6 bold). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return [...text].length * fontSize * (bold ? 0.6 : 0.56);
}

/** Splits a word longer than `max` characters, preferring breaks after / ? & = , in URLs. */
function breakLong(word: string, max: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at = Math.max(...['/', '?', '&', '=', ','].map((c) => window.lastIndexOf(c)));
    const cut = at > max / 3 ? at + 1 : max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest === '' ? parts : [...parts, rest];
}

/** Greedy word wrap to at most `maxChars` per line; long words (URLs) are broken. */
export function wrapText(text: string, maxChars: number): string[] {
  const max = Math.max(8, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    for (const piece of breakLong(word, max)) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= max) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const PAD = 24;
const MIN_WIDTH = 560;

interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  color: string;
  bold?: boolean;
  href?: string;
}

function blockHeight(b: TextBlock): number {
  return b.lines.length * b.lineHeight;
}

function renderBlock(b: TextBlock, x: number, top: number): string {
  const weight = b.bold ? ' font-weight="700"' : '';
  const tspans = b.lines
    .map((line, i) => `<tspan x="${x}" y="${top + b.size + i * b.lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const text = `<text font-size="${b.size}"${weight} fill="${escapeXml(b.color)}">${tspans}</text>`;
  return b.href ? `<a href="${escapeXml(b.href)}">${text}</a>` : text;
}

function block(
  text: string,
  size: number,
  width: number,
  rest: Omit<TextBlock, 'lines' | 'size'>,
): TextBlock {
  const perChar = size * (rest.bold ? 0.6 : 0.56);
  return { lines: wrapText(text, width / perChar), size, ...rest };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Puts `body` between the header and footer bands; returns the file's text and its size. */
export function frameSvg(
  body: ExportBody,
  frame: ExportFrame,
  palette: ExportPalette = LIGHT_PALETTE,
): FramedSvg {
  const width = Math.ceil(Math.max(MIN_WIDTH, body.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const title = block(frame.title, 22, inner, { lineHeight: 28, color: palette.text, bold: true });
  const subtitle = block(frame.subtitle, 14, inner, { lineHeight: 20, color: palette.muted });
  const isLink = /^https?:\/\//i.test(frame.url);
  const footer: TextBlock[] = [
    block(frame.source, 12, inner, {
      lineHeight: 16,
      color: palette.text,
      ...(isLink && { href: frame.url }),
    }),
    block(frame.exported, 12, inner, { lineHeight: 16, color: palette.muted }),
  ];
  const headerHeight = PAD + blockHeight(title) + 4 + blockHeight(subtitle) + 16;
  const bodyX = round((width - body.width) / 2);
  const footerTop = headerHeight + body.height + 16;
  const footerHeight = footer.reduce((sum, b) => sum + blockHeight(b) + 4, 0);
  const height = Math.ceil(footerTop + 12 + footerHeight + PAD - 4);

  let y = footerTop + 12;
  const footerMarkup = footer.map((b) => {
    const out = renderBlock(b, PAD, y);
    y += blockHeight(b) + 4;
    return out;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<desc>${escapeXml(`${frame.subtitle}. ${frame.source}. ${frame.exported}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${escapeXml(palette.background)}"/>`,
    `<g class="export-header">${renderBlock(title, PAD, PAD)}${renderBlock(subtitle, PAD, PAD + blockHeight(title) + 4)}</g>`,
    `<g class="export-body" transform="translate(${bodyX} ${headerHeight})">${body.markup}</g>`,
    `<line x1="${PAD}" x2="${width - PAD}" y1="${footerTop}" y2="${footerTop}" stroke="${escapeXml(palette.border)}"/>`,
    `<g class="export-footer">${footerMarkup.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
