import { useEffect, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import type { SummitEvent } from '../../data/schema';
import { isStepKey, stepEvent } from '../../model/timelineOrder';
import { useAppStore } from '../../state/hooks';

function markId(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-event-id]') : null;
  return el?.getAttribute('data-event-id') ?? null;
}

function findMark(root: Element | null, id: string): SVGGElement | null {
  for (const el of root?.querySelectorAll<SVGGElement>('[data-event-id]') ?? []) {
    if (el.getAttribute('data-event-id') === id) return el;
  }
  return null;
}

interface Options {
  /** Event ids in keyboard (date) order. */
  order: readonly string[];
  byId: ReadonlyMap<string, SummitEvent>;
  selected: string | null;
  onSelect: (id: string | null) => void;
  scrollRef: RefObject<HTMLElement | null>;
}

/**
 * Roving focus over the marks (one tab stop), ←/→/Home/End stepping, Enter/Space to select,
 * Escape to close, click to toggle, and hover shared with the other views. Handlers are delegated
 * to the SVG, so the marks themselves carry none.
 */
export function useMarkInteraction({ order, byId, selected, onSelect, scrollRef }: Options) {
  const hover = useAppStore((s) => s.hover);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [ownHover, setOwnHover] = useState<string | null>(null);

  const tabbable =
    focusId !== null && order.includes(focusId)
      ? focusId
      : selected !== null && order.includes(selected)
        ? selected
        : (order[0] ?? null);

  // The selected event scrolls into view, but not on first render (a shared link must not scroll the page).
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (selected === null) return;
    findMark(scrollRef.current, selected)?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [selected, scrollRef]);

  const setHover = (id: string | null) => {
    if (id === ownHover) return;
    setOwnHover(id);
    hover({ hoveredEvent: (id !== null && byId.get(id)) || null, hoveredEntity: null, hoveredPerson: null });
  };

  const handlers = {
    onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => {
      const id = markId(e.target);
      if (id === null) return;
      if (isStepKey(e.key)) {
        e.preventDefault();
        const next = stepEvent(order, id, e.key);
        if (next !== null) {
          setFocusId(next);
          findMark(scrollRef.current, next)?.focus();
        }
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(id);
      } else if (e.key === 'Escape' && selected !== null) {
        onSelect(null);
      }
    },
    onFocus: (e: SyntheticEvent) => {
      const id = markId(e.target);
      if (id !== null) setFocusId(id);
    },
    onClick: (e: SyntheticEvent) => {
      const id = markId(e.target);
      if (id !== null) onSelect(id === selected ? null : id);
    },
    onPointerOver: (e: SyntheticEvent) => setHover(markId(e.target)),
    onPointerLeave: () => setHover(null),
  };

  return { tabbable, hoveringHere: ownHover !== null, handlers };
}
