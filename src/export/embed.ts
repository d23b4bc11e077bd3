/**
 * Embedding: `?embed=map|matrix|timeline|story` shows one view with minimal chrome. The page tells
 * its host how tall it is with `{type: 'summit-atlas:height', height}` — the height only, never any
 * data, so posting to any origin ('*') leaks nothing — and the host resizes its iframe.
 */

import type { EmbedKind } from './embedParam';

export const EMBED_LABELS: Record<EmbedKind, string> = {
  map: 'Map',
  matrix: 'Stance matrix',
  timeline: 'Timeline',
  story: 'Story',
};

/** A sensible first height per kind, before the page reports its own. */
export const EMBED_HEIGHTS: Record<EmbedKind, number> = { map: 560, matrix: 720, timeline: 520, story: 640 };

export const HEIGHT_MESSAGE = 'summit-atlas:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<HeightMessage>;
  return m.type === HEIGHT_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height);
}

/** What height reporting needs from a window; `window` fits, and tests pass a small fake. */
export interface ReportingWindow {
  document: Document;
  parent: { postMessage: (message: unknown, targetOrigin: string) => void };
  addEventListener: (type: 'load' | 'resize', listener: () => void) => void;
  removeEventListener: (type: 'load' | 'resize', listener: () => void) => void;
  ResizeObserver?: typeof ResizeObserver;
}

/**
 * Posts the document's height to the parent now, when the page has loaded, and whenever the root
 * element resizes (only when the rounded height changed). Returns a function that stops reporting.
 */
export function startHeightReporting(win: ReportingWindow = window): () => void {
  const root = win.document.documentElement;
  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    win.parent.postMessage(message, '*');
  };
  report();
  win.addEventListener('load', report);
  let observer: ResizeObserver | null = null;
  if (typeof win.ResizeObserver === 'function') {
    observer = new win.ResizeObserver(report);
    observer.observe(root);
  } else {
    win.addEventListener('resize', report);
  }
  return () => {
    observer?.disconnect();
    win.removeEventListener('load', report);
    win.removeEventListener('resize', report);
  };
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a publisher pastes: a lazy, titled, full-width iframe of one view. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}

/** Optional script for the host page: resizes each Summit Atlas iframe to the height it reports. */
export function resizeScript(appOrigin: string): string {
  return [
    '<script>',
    "window.addEventListener('message', function (e) {",
    `  if (e.origin !== ${JSON.stringify(appOrigin)} || !e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;`,
    "  document.querySelectorAll('iframe').forEach(function (f) {",
    "    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
