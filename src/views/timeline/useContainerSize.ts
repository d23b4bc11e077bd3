import { useLayoutEffect, useRef, useState } from 'react';

export interface ContainerSize {
  /** Content width in CSS px; null until measured (or where layout is unavailable, as in jsdom). */
  width: number | null;
  /** Pixels per rem, which presenting mode changes. */
  remPx: number;
}

/**
 * Watches an element's width and the root font size. The probe is an element sized `10rem` wide:
 * observing it catches a change of root font size even when the container's width stays the same.
 */
export function useContainerSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const [size, setSize] = useState<ContainerSize>({ width: null, remPx: 16 });

  useLayoutEffect(() => {
    const el = ref.current;
    const probe = probeRef.current;
    if (!el) return;
    const measure = () => {
      const width = el.getBoundingClientRect().width;
      const probeWidth = probe?.getBoundingClientRect().width ?? 0;
      const next = { width: width > 0 ? width : null, remPx: probeWidth > 0 ? probeWidth / 10 : 16 };
      setSize((prev) => (prev.width === next.width && prev.remPx === next.remPx ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (probe) observer.observe(probe);
    return () => observer.disconnect();
  }, []);

  return { ref, probeRef, ...size };
}
