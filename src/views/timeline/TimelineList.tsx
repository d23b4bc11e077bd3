import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SummitEvent } from '../../data/schema';
import { categoryLabel } from '../../model/timelineCategories';
import { formatEventDateShort } from '../../model/timelineDates';
import { groupByMonth, isStepKey, stepEvent } from '../../model/timelineOrder';
import type { DateRange } from '../../model/timelineScale';
import { categoryStyle } from './categoryColors';
import { EventDetail } from './EventDetail';

interface TimelineListProps {
  /** Visible events, already in reading order. */
  events: readonly SummitEvent[];
  /** The main period; context rows outside it are grouped apart. */
  extent: DateRange;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Closes the open detail (and moves focus back to its row). */
  onClose: () => void;
}

/** Narrow screens: the same events as a list grouped by month; the detail opens under its item. */
export function TimelineList({ events, extent, selected, onSelect, onClose }: TimelineListProps) {
  const groups = useMemo(() => groupByMonth(events, extent), [events, extent]);
  const order = useMemo(() => events.map((e) => e.id), [events]);
  const detailId = useId();
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Esc closes the open detail from its row or from inside it, as on the chart.
    if (e.key === 'Escape' && selected !== null && !e.defaultPrevented) {
      e.preventDefault();
      onClose();
      return;
    }
    const target = e.target instanceof HTMLElement ? e.target.closest('[data-event-id]') : null;
    const id = target?.getAttribute('data-event-id') ?? null;
    if (id === null || !isStepKey(e.key)) return;
    e.preventDefault();
    const next = stepEvent(order, id, e.key);
    for (const el of listRef.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? []) {
      if (el.getAttribute('data-event-id') === next) el.focus();
    }
  };

  return (
    <div className="tl-list" ref={listRef} onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <section key={group.key} className="tl-list__group" aria-labelledby={`${detailId}-${group.key}`}>
          <h3 className="tl-list__month" id={`${detailId}-${group.key}`}>
            {group.label}
          </h3>
          <ul className="tl-list__items">
            {group.events.map((event) => {
              const isSelected = event.id === selected;
              return (
                <li key={event.id}>
                  <button
                    type="button"
                    className={event.context === true ? 'tl-item tl-item--context' : 'tl-item'}
                    data-event-id={event.id}
                    data-record-focus={isSelected ? '' : undefined}
                    aria-expanded={isSelected}
                    aria-controls={isSelected ? detailId : undefined}
                    onClick={() => onSelect(isSelected ? null : event.id)}
                  >
                    <span className="tl-item__date">
                      {formatEventDateShort(event, event.context === true)}
                    </span>
                    <span className="tl-item__title">{event.title}</span>
                    <span className="tl-badge" style={categoryStyle(event.category)}>
                      {categoryLabel(event.category)}
                    </span>
                  </button>
                  {isSelected && <EventDetail event={event} shown onClose={onClose} id={detailId} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
