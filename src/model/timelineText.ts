/**
 * Label widths without a DOM: an estimate from per-character em widths of a typical sans-serif,
 * deliberately a little generous so estimated labels never overlap. In the browser the view passes
 * a canvas measurer instead; the layout only ever sees a `(text) => px` function.
 */
export type MeasureText = (text: string) => number;

const NARROW = "ijlI.,:;'|!()[]{} `";
const SEMI = 'frt-"/\\*';
const WIDE = 'mwMW@%';

/** Em widths of the ASCII range, looked up by char code. */
const ASCII_EM = new Float64Array(128).map((_, code) => {
  const ch = String.fromCharCode(code);
  if (NARROW.includes(ch)) return 0.3;
  if (SEMI.includes(ch)) return 0.4;
  if (WIDE.includes(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.58;
});

export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) em += ASCII_EM[code] ?? 0.58;
    else if (code >= 0xdc00 && code <= 0xdfff)
      continue; // second half of a surrogate pair
    else if (code === 0x2018 || code === 0x2019)
      em += 0.3; // curly quotes
    else em += code >= 0x2e80 ? 1 : 0.6; // CJK and other full-width scripts; other letters
  }
  return em * fontPx;
}

export function estimateMeasure(fontPx: number): MeasureText {
  return (text) => estimateTextWidth(text, fontPx);
}

export interface FittedLabel {
  text: string;
  truncated: boolean;
  width: number;
}

const TRAILING_PUNCTUATION = /[\s,;:.·–—-]+$/u;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** Where a label may be cut: after each word, before the space that follows it. */
function wordEnds(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) cuts.push(i);
  }
  return cuts;
}

/** The narrowest label `fitLabel` can give `text`: its first words (at least `minChars`) and "…". */
export function shortestLabelWidth(text: string, measure: MeasureText, minChars: number): number {
  for (const cut of wordEnds(text)) {
    const words = text.slice(0, cut).replace(TRAILING_PUNCTUATION, '');
    if (words.length >= minChars) return Math.min(measure(`${words}…`), measure(text));
  }
  return measure(text);
}

/**
 * The longest form of `text` that fits in `maxWidth`: the whole text, or its first words followed by
 * "…" (at least `minChars` characters); null when not even the first word fits. Cutting only between
 * words keeps every visible word a word of the accessible name (WCAG 2.5.3, label in name), and never
 * splits a surrogate pair.
 */
export function fitLabel(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  minChars = 3,
): FittedLabel | null {
  const full = measure(text);
  if (full <= maxWidth) return { text, truncated: false, width: full };
  const cuts = wordEnds(text);
  let lo = 0;
  let hi = cuts.length - 1;
  let best: FittedLabel | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const words = text.slice(0, cuts[mid]).replace(TRAILING_PUNCTUATION, '');
    if (words.length < minChars) {
      lo = mid + 1;
      continue;
    }
    const candidate = `${words}…`;
    const width = measure(candidate);
    if (width <= maxWidth) {
      best = { text: candidate, truncated: true, width };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
