/**
 * Copies a view's drawn <svg> out of the page so it looks the same anywhere: the computed styles
 * that matter are written onto each cloned element (CSS variables and theme rules resolved to plain
 * colours), hidden parts, HTML islands (foreignObject) and parts a view marks `data-export-ignore`
 * (zoom buttons, focus rings) are dropped, and patterns or gradients the drawing
 * points to elsewhere in the page are copied in. Needs a DOM; the framing is in svgExport.ts.
 */
import { EXPORT_FONT, type ExportBody, type ExportPalette, LIGHT_PALETTE } from './svgExport';

/** Presentation properties copied from the computed style; everything else keeps its attribute. */
export const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'stop-color',
  'stop-opacity',
  'paint-order',
  'vector-effect',
  'clip-path',
  'mask',
  'filter',
] as const;

const TEXT = new Set(['text', 'tspan', 'textPath']);
/** Paint servers and other never-rendered containers report display values that do not matter. */
const RESOURCE = 'defs, pattern, clipPath, mask, marker, symbol, linearGradient, radialGradient';

/** The view's main drawing: the largest <svg> in the section that is not an icon inside a control. */
export function findViewSvg(root: ParentNode): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.closest('button, a, [role="button"]') || svg.parentElement?.closest('svg')) continue;
    const { width, height } = svgSize(svg);
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/** Rendered size, falling back to the width/height attributes, then the viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const attr = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const pick = (...values: (number | undefined)[]) =>
    values.find((v): v is number => v !== undefined && Number.isFinite(v) && v > 0) ?? 0;
  return {
    width: pick(rect.width, attr('width'), box[2]),
    height: pick(rect.height, attr('height'), box[3]),
  };
}

/** Not inherited: omitted when at their initial value. All others are omitted when the parent has them. */
const NOT_INHERITED: Readonly<Record<string, string>> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'vector-effect': 'none',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
};

type Values = Map<string, string>;

function read(computed: CSSStyleDeclaration): Values {
  return new Map(STYLE_PROPS.map((prop) => [prop, computed.getPropertyValue(prop).trim()]));
}

/**
 * The declarations the copy needs: what it would not get by inheriting from its parent's copy, and
 * every property it also has as an attribute (page CSS may have overridden that attribute).
 */
function styleText(own: Values, parent: Values | undefined, copy: Element): string {
  const parts: string[] = [];
  for (const [prop, value] of own) {
    if (value === '') continue;
    const initial = NOT_INHERITED[prop];
    const inherited = initial !== undefined ? value === initial : parent?.get(prop) === value;
    if (inherited && !copy.hasAttribute(prop)) continue;
    parts.push(`${prop}:${value}`);
  }
  if (TEXT.has(copy.localName)) parts.push(`font-family:${EXPORT_FONT}`);
  return parts.join(';');
}

function isDropped(el: Element): boolean {
  const name = el.localName.toLowerCase();
  return name === 'foreignobject' || name === 'script' || el.hasAttribute('data-export-ignore');
}

/**
 * Writes computed styles onto `clone`, walking it in step with `source` (same tree, same order).
 * The root gets every property, so the copy's look never depends on the page's stylesheet.
 */
export function inlineComputedStyles(source: Element, clone: Element, win: Window = window): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  const values = new Map<Element, Values>();
  const dropped: Element[] = [];
  sources.forEach((src, i) => {
    const copy = clones[i];
    if (!copy) return;
    const computed = win.getComputedStyle(src);
    if (isDropped(src) || (computed.display === 'none' && !src.closest(RESOURCE))) {
      dropped.push(copy);
      return;
    }
    const own = read(computed);
    values.set(src, own);
    const parent = src === source || !src.parentElement ? undefined : values.get(src.parentElement);
    const style = styleText(own, parent, copy);
    if (style === '') copy.removeAttribute('style');
    else copy.setAttribute('style', style);
    for (const attr of ['tabindex', 'class', 'focusable']) copy.removeAttribute(attr);
  });
  for (const el of dropped) el.remove();
}

/** Ids the drawing points to through url(#id) or href="#id". */
export function referencedIds(markup: string): string[] {
  const ids = new Set<string>();
  const quote = `(?:&quot;|["'])?`;
  const pattern = new RegExp(`url\\(\\s*${quote}#([^"'&)\\s]+)${quote}\\s*\\)|href="#([^"]+)"`, 'g');
  for (const m of markup.matchAll(pattern)) {
    const id = m[1] ?? m[2];
    if (id) ids.add(decodeURIComponent(id));
  }
  return [...ids];
}

/** Copies defs (patterns, gradients, markers) that live outside the drawing into its own <defs>. */
function copyOutsideDefs(clone: SVGSVGElement, doc: Document, win: Window): void {
  const ns = 'http://www.w3.org/2000/svg';
  let defs: Element | null = null;
  const serializer = new XMLSerializer();
  const pending = referencedIds(serializer.serializeToString(clone));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    if ([...clone.querySelectorAll('[id]')].some((el) => el.id === id)) continue;
    const original = doc.getElementById(id);
    if (!original || original.namespaceURI !== ns) continue;
    const copy = original.cloneNode(true) as Element;
    inlineComputedStyles(original, copy, win);
    defs ??= clone.insertBefore(doc.createElementNS(ns, 'defs'), clone.firstChild);
    defs.appendChild(copy);
    pending.push(...referencedIds(serializer.serializeToString(copy)));
  }
}

/** The view's drawing as standalone markup, sized in user units. */
export function cloneViewSvg(svg: SVGSVGElement, win: Window = window): ExportBody {
  const doc = svg.ownerDocument;
  const { width, height } = svgSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, clone, win);
  copyOutsideDefs(clone, doc, win);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  for (const attr of ['role', 'aria-describedby', 'aria-labelledby', 'id']) clone.removeAttribute(attr);
  clone.setAttribute('overflow', 'hidden');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** The page's theme colours, resolved, for the frame around the drawing. */
export function readPalette(doc: Document = document, win: Window = window): ExportPalette {
  const style = win.getComputedStyle(doc.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--bg', LIGHT_PALETTE.background),
    text: read('--text', LIGHT_PALETTE.text),
    muted: read('--text-muted', LIGHT_PALETTE.muted),
    border: read('--border', LIGHT_PALETTE.border),
    mutedFill: read('--muted-fill', LIGHT_PALETTE.mutedFill),
  };
}
