import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { OffscreenContext } from '../state/contexts';

interface OffscreenScopeProps {
  /** The element whose visibility counts: the view's whole region. */
  target: RefObject<Element | null>;
  children: ReactNode;
}

/**
 * Tells the view inside whether its region is scrolled out of sight, so a filter change can repaint
 * the views on screen first (see `useViewFilters`). Only this scope re-renders when the region enters
 * or leaves the screen; its children are created by the caller. Without IntersectionObserver
 * (tests, old browsers) every view counts as on screen.
 */
export function OffscreenScope({ target, children }: OffscreenScopeProps) {
  const [offscreen, setOffscreen] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setOffscreen(!entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return <OffscreenContext value={offscreen}>{children}</OffscreenContext>;
}

/**
 * A part of a view that is often below the screen while the view's top is on it (the map's list of
 * participants): it follows a filter change in the task after the frame when out of sight. The
 * browser records the paint of everything within a few thousand pixels of the screen, so even a
 * part just below the fold costs the frame its full redraw.
 */
export function OffscreenPart({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref} className={className}>
      <OffscreenScope target={ref}>{children}</OffscreenScope>
    </div>
  );
}
