/**
 * SVG text → PNG blob: the SVG is loaded as an image from a blob: URL (allowed by the page's CSP,
 * and it taints nothing because it references nothing outside itself), drawn on a canvas at 2× and
 * encoded. Browsers cap canvas size, so very large drawings get a smaller scale rather than failing.
 */

/** Chromium and Firefox allow 32 767 px a side; Safari ~16.7 M pixels in all. Stay under both. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 16_000_000;

export function pngScale(width: number, height: number, wanted = 2): number {
  if (width <= 0 || height <= 0) return wanted;
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_PIXELS / (width * height));
  return Math.max(0.1, Math.min(wanted, bySide, byArea));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be turned into an image'));
    image.src = url;
  });
}

export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  options: { scale?: number; background?: string } = {},
): Promise<Blob> {
  const scale = pngScale(width, height, options.scale ?? 2);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    if (options.background) {
      context.fillStyle = options.background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
