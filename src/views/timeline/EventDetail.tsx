import { useId, useMemo } from 'react';
import type { SummitEvent } from '../../data/schema';
import { formatCalendarDate } from '../../model/calendar';
import { categoryLabel } from '../../model/timelineCategories';
import { upperFirst } from '../../model/prose';
import { formatEventDate } from '../../model/timelineDates';
import { eventDetailData, safeHref } from '../../model/timelineDetail';
import { useAppStore, useSummit } from '../../state/hooks';
import { dockIn, useDetailSlot } from '../../components/detailSlot';
import { categoryStyle } from './categoryColors';

interface EventDetailProps {
  event: SummitEvent;
  /** False when the current filters hide the event (it was selected elsewhere or by a link). */
  shown: boolean;
  onClose: () => void;
  id?: string;
}

/** An event's date at its precision, what happened, where, who took part and the sources. */
export function EventDetail({ event, shown, onClose, id }: EventDetailProps) {
  const summit = useSummit();
  const update = useAppStore((s) => s.update);
  const hover = useAppStore((s) => s.hover);
  const titleId = useId();
  const { entities, people, sources } = useMemo(() => eventDetailData(summit, event), [summit, event]);
  const clearHover = () => hover({ hoveredEntity: null, hoveredPerson: null });
  const { slot, Heading, Sub } = useDetailSlot();

  return dockIn(
    slot,
    <section className="tl-detail" aria-labelledby={titleId} id={id} data-detail-for={event.id}>
      <div className="tl-detail__head">
        <p className="tl-detail__meta">
          <time dateTime={event.date}>{upperFirst(formatEventDate(event))}</time>
          <span className="tl-badge" style={categoryStyle(event.category)}>
            {categoryLabel(event.category)}
          </span>
          {event.context === true && <span className="tl-badge tl-badge--muted">Background</span>}
        </p>
        <Heading className="tl-detail__title" id={titleId}>
          {event.title}
        </Heading>
        <button
          type="button"
          className="tl-icon-button tl-detail__close"
          aria-label="Close details"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!shown && <p className="tl-detail__note">The current filters hide this event on the timeline.</p>}
      {event.datePrecision !== 'day' && (
        <p className="tl-detail__note">
          The exact day is not known; the bar covers the whole {event.datePrecision}.
        </p>
      )}
      {event.description !== '' && <p className="tl-detail__text">{event.description}</p>}
      {event.location !== undefined && event.location !== '' && (
        <p className="tl-detail__text">
          <span className="tl-detail__key">Where:</span> {event.location}
        </p>
      )}
      {entities.length + people.length > 0 && (
        <>
          <Sub className="tl-detail__sub">Who</Sub>
          <ul className="tl-actors">
            {entities.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="tl-chip"
                  onClick={() => update({ selectedEntity: e.id })}
                  onPointerEnter={() => hover({ hoveredEntity: e.id, hoveredPerson: null })}
                  onPointerLeave={clearHover}
                  onFocus={() => hover({ hoveredEntity: e.id, hoveredPerson: null })}
                  onBlur={clearHover}
                >
                  {e.name}
                </button>
              </li>
            ))}
            {people.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="tl-chip tl-chip--person"
                  title={p.title}
                  onClick={() => update({ selectedEntity: p.entityId })}
                  onPointerEnter={() => hover({ hoveredEntity: null, hoveredPerson: p.id })}
                  onPointerLeave={clearHover}
                  onFocus={() => hover({ hoveredEntity: null, hoveredPerson: p.id })}
                  onBlur={clearHover}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {sources.length > 0 && (
        <>
          <Sub className="tl-detail__sub">Sources</Sub>
          <ol className="tl-sources">
            {sources.map((s) => {
              const href = safeHref(s.url);
              return (
                <li key={s.id}>
                  <span className="tl-sources__publisher">{s.publisher}</span>
                  {s.published !== undefined && <>, {formatCalendarDate(s.published)}</>}:{' '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.title}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  ) : (
                    <span>{s.title} (no web link)</span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>,
  );
}
