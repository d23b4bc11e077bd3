import { useEffect, useState, type ReactNode, type RefObject } from 'react';
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
