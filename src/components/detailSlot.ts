import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Where a view's detail docks instead of sitting over or under its view: presenting mode puts the
 * highlighted cell's evidence, the chosen event or the chosen country under the slide's caption, so
 * a projected slide shows it without scrolling. Default: no slot, the detail stays in its view.
 */
export const DetailSlotContext = createContext<HTMLElement | null>(null);

/** The detail itself, moved into the slot when there is one. */
export function dockIn(slot: HTMLElement | null, detail: ReactNode): ReactNode {
  return slot ? createPortal(detail, slot) : detail;
}

/**
 * The slot, and the heading levels a detail takes: docked under a slide's h1 it is a section of the
 * slide (h2, its parts h3); in its view it sits under the view's h2 (h3, its parts h4).
 */
export function useDetailSlot() {
  const slot = useContext(DetailSlotContext);
  return { slot, Heading: slot ? 'h2' : 'h3', Sub: slot ? 'h3' : 'h4' } as const;
}
