import { estimateMeasure, type MeasureText } from '../../model/timelineText';

const cache = new Map<string, MeasureText>();

/**
 * A text measurer for SVG labels at `fontPx`: the browser's own font metrics through an
 * OffscreenCanvas, with a small safety margin, or the model's estimate where there is no canvas
 * (tests). Widths are cached per string.
 */
export function getMeasure(fontPx: number, fontFamily: string): MeasureText {
  const key = `${fontPx}|${fontFamily}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let measure = estimateMeasure(fontPx);
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(1, 1).getContext('2d');
    if (ctx) {
      ctx.font = `${fontPx}px ${fontFamily}`;
      const widths = new Map<string, number>();
      measure = (text) => {
        let w = widths.get(text);
        if (w === undefined) {
          w = ctx.measureText(text).width * 1.04 + 1;
          widths.set(text, w);
        }
        return w;
      };
    }
  }
  cache.set(key, measure);
  return measure;
}
