import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import {
  panBy,
  zoomAround,
  type Point,
  type ViewTransform,
  type ZoomLimits,
} from '../../model/mapProjection';

interface Options {
  svgRef: RefObject<SVGSVGElement | null>;
  transform: ViewTransform;
  limits: ZoomLimits;
  /** Called on every frame of a gesture (local state only). */
  onLive: (t: ViewTransform) => void;
  /** Called once a gesture ends: the view goes to the store. */
  onCommit: (t: ViewTransform) => void;
}

const DRAG_THRESHOLD = 4;
const WHEEL_SETTLE_MS = 220;

function local(svg: SVGSVGElement, e: { clientX: number; clientY: number }): Point {
  const r = svg.getBoundingClientRect();
  return [e.clientX - r.left, e.clientY - r.top];
}

/**
 * Pan and zoom by mouse (drag, Ctrl or ⌘ + wheel) and touch (two fingers) with pointer events. A drag
 * only captures the pointer after it moves, so a click still lands on the country under it.
 */
export function useMapGestures({ svgRef, transform, limits, onLive, onCommit }: Options) {
  const latest = useRef({ transform, limits, onLive, onCommit });
  useEffect(() => {
    latest.current = { transform, limits, onLive, onCommit };
  });
  const pointers = useRef(new Map<number, Point>());
  const start = useRef<Point>([0, 0]);
  const dragging = useRef(false);
  const dragged = useRef(false);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    // The map sits in a long page: a plain wheel, like one finger on a phone, scrolls the page past
    // it. Ctrl or ⌘ with the wheel zooms (a trackpad's pinch arrives so), as two fingers do.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const { transform: t, limits: l } = latest.current;
      const step = e.deltaMode === 1 ? 0.05 : 0.0025;
      const factor = Math.exp(Math.max(-0.5, Math.min(0.5, -e.deltaY * step)));
      const next = zoomAround(t, factor, local(svg, e), l);
      latest.current.transform = next;
      latest.current.onLive(next);
      clearTimeout(settle);
      settle = setTimeout(() => latest.current.onCommit(latest.current.transform), WHEEL_SETTLE_MS);
    };
    // Two fingers are the map's: the page neither scrolls nor zooms under them.
    const onTouchMove = (e: TouchEvent) => {
      if (e.touches.length > 1 && e.cancelable) e.preventDefault();
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('touchmove', onTouchMove, { passive: false });
    return () => {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('touchmove', onTouchMove);
      clearTimeout(settle);
    };
  }, [svgRef]);

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const p = local(e.currentTarget, e);
    pointers.current.set(e.pointerId, p);
    if (pointers.current.size === 1) {
      start.current = p;
      dragging.current = false;
      dragged.current = false;
    }
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const svg = e.currentTarget;
    const p = local(svg, e);
    const all = [...pointers.current.entries()];
    pointers.current.set(e.pointerId, p);
    // One finger is the page's scroll (see map.css), not a pan.
    if (e.pointerType === 'touch' && all.length < 2) return;
    if (!dragging.current) {
      const moved = Math.hypot(p[0] - start.current[0], p[1] - start.current[1]);
      if (moved < DRAG_THRESHOLD && all.length < 2) return;
      dragging.current = true;
      dragged.current = true;
      for (const [id] of all) if (svg.hasPointerCapture?.(id) === false) svg.setPointerCapture?.(id);
    }
    let t = latest.current.transform;
    if (all.length >= 2) {
      const other = all.find(([id]) => id !== e.pointerId)?.[1];
      if (!other) return;
      const mid0: Point = [(prev[0] + other[0]) / 2, (prev[1] + other[1]) / 2];
      const mid1: Point = [(p[0] + other[0]) / 2, (p[1] + other[1]) / 2];
      const d0 = Math.hypot(prev[0] - other[0], prev[1] - other[1]);
      const d1 = Math.hypot(p[0] - other[0], p[1] - other[1]);
      t = panBy(t, mid1[0] - mid0[0], mid1[1] - mid0[1]);
      if (d0 > 0) t = zoomAround(t, d1 / d0, mid1, latest.current.limits);
    } else {
      t = panBy(t, p[0] - prev[0], p[1] - prev[1]);
    }
    latest.current.transform = t;
    latest.current.onLive(t);
  };

  const onPointerEnd = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!pointers.current.delete(e.pointerId)) return;
    if (pointers.current.size > 0) {
      const [first] = pointers.current.values();
      if (first) start.current = first;
      return;
    }
    if (dragging.current) {
      dragging.current = false;
      latest.current.onCommit(latest.current.transform);
    }
  };

  return {
    handlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd },
    /** True if the last pointer sequence panned or zoomed: its click must not select. */
    wasDrag: () => dragged.current,
  };
}
