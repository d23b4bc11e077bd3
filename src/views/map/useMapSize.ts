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

/** Measures now and whenever the element resizes (only now where there is no ResizeObserver). */
function measureOnResize(el: Element, measure: () => void): (() => void) | undefined {
  measure();
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(measure);
  observer.observe(el);
  return () => observer.disconnect();
}

/**
 * The map's drawing size, following its container's width (no ResizeObserver: 800 px wide). Inside a
 * box of fixed height (marked `data-fit-height`: a presenting pane) it is also no taller than the room
 * under what sits above it, so a 720p projector shows the whole map; `above` names what changes that
 * room (the key's rows).
 */
export function useMapSize(ref: RefObject<HTMLElement | null>, above: unknown): MapSize {
  const [size, setSize] = useState({ width: FALLBACK_WIDTH, room: Infinity });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const pane = el.closest('[data-fit-height]');
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const room = pane
        ? pane.getBoundingClientRect().bottom - el.getBoundingClientRect().top - pane.scrollTop - 8
        : Infinity;
      if (width > 0) setSize((prev) => (prev.width === width && prev.room === room ? prev : { width, room }));
    };
    return measureOnResize(el, measure);
  }, [ref, above]);
  return { width: size.width, height: Math.min(heightFor(size.width), Math.max(240, size.room)) };
}

/**
 * How far the zoom buttons (top right) reach in from the map's right edge, so labels drawn near that
 * edge can keep clear of them. Their size follows the root font size, which presenting mode scales.
 */
export function useControlsInset(ref: RefObject<HTMLElement | null>): number {
  const [inset, setInset] = useState(0);
  useLayoutEffect(() => {
    const wrap = ref.current;
    const controls = wrap?.querySelector<HTMLElement>('.map-controls__zoom');
    if (!wrap || !controls) return;
    const measure = () => {
      // On a phone the buttons sit in a row under the drawing, where they cover nothing.
      const box = controls.getBoundingClientRect();
      const drawing = wrap.querySelector('svg')?.getBoundingClientRect();
      const under = drawing !== undefined && box.top >= drawing.bottom - 1 && box.height > 0;
      const reach = under ? 0 : wrap.getBoundingClientRect().right - box.left;
      setInset(Math.max(0, Math.round(reach)));
    };
    return measureOnResize(controls, measure);
  }, [ref]);
  return inset;
}
