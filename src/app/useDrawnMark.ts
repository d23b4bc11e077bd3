import { useEffect } from 'react';

const MARK = 'atlas:views-drawn';
const DRAWN: [region: string, mark: string][] = [
  ['map', '[data-entity-id]'],
  ['matrix', '[data-question-id]'],
  ['timeline', '[data-event-id]'],
];

function allDrawn(): boolean {
  return DRAWN.every(([id, mark]) => document.getElementById(id)?.querySelector(mark) != null);
}

/**
 * Sets the performance mark `atlas:views-drawn` once the map, matrix and timeline each show a record.
 * LCP does not see SVG, so the benchmark reads this mark instead.
 */
export function useDrawnMark() {
  useEffect(() => {
    if (performance.getEntriesByName(MARK).length > 0) return;
    if (allDrawn()) {
      performance.mark(MARK);
      return;
    }
    const observer = new MutationObserver(() => {
      if (!allDrawn()) return;
      performance.mark(MARK);
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
