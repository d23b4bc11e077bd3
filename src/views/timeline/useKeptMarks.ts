import { useState } from 'react';
import type { SummitEvent } from '../../data/schema';
import type { MarkLayout } from '../../model/timelineLayout';

export interface KeptMark {
  mark: MarkLayout;
  event: SummitEvent;
  shown: boolean;
}

type Kept = ReadonlyMap<string, { mark: MarkLayout; event: SummitEvent }>;

function keep(previous: Kept, marks: readonly MarkLayout[], events: ReadonlyMap<string, SummitEvent>): Kept {
  const next = new Map(previous);
  for (const mark of marks) {
    const event = events.get(mark.id);
    if (event) next.set(mark.id, { mark, event });
  }
  return next;
}

/**
 * The marks to render: this layout's, plus every mark drawn before and filtered out since, at its last
 * place and flagged hidden. Unmounting and re-creating a few hundred SVG elements on every filter
 * change cost more than the layout itself; hidden marks are only an attribute away from coming back.
 * Order is first appearance, so React never has to move a node. A new `dataset` starts afresh.
 */
export function useKeptMarks(
  marks: readonly MarkLayout[],
  events: ReadonlyMap<string, SummitEvent>,
  dataset: object,
): KeptMark[] {
  const [state, setState] = useState(() => ({ marks, dataset, kept: keep(new Map(), marks, events) }));
  let current = state;
  if (state.marks !== marks || state.dataset !== dataset) {
    // Derived from the previous render's result (React's "adjust state while rendering" pattern).
    const base = state.dataset === dataset ? state.kept : new Map();
    current = { marks, dataset, kept: keep(base, marks, events) };
    setState(current);
  }
  const shown = new Set(marks.map((m) => m.id));
  return [...current.kept.values()].map((k) => ({ ...k, shown: shown.has(k.mark.id) }));
}
