import { createContext, type ReactNode } from 'react';
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
