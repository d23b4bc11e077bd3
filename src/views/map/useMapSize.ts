import { useLayoutEffect, useState, type RefObject } from 'react';

export interface MapSize {
  width: number;
  height: number;
}

/** Map height for a width: ~300 px on a phone, 420–520 px on a laptop. */
export function heightFor(width: number): number {
  if (width < 600) return 300;
  return Math.round(Math.min(520, Math.max(420, width * 0.6)));
}

const FALLBACK_WIDTH = 800;

/** The map's drawing size, following its container's width (no ResizeObserver: 800 px wide). */
export function useMapSize(ref: RefObject<HTMLElement | null>): MapSize {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return { width, height: heightFor(width) };
}
