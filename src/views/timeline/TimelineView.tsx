import { focusFirst } from '../../components/focusStays';
import { useCountRole } from '../../components/liveCounts';
import { useCallback, useEffect, useId, useMemo } from 'react';
import { landOn } from '../../components/linkLanding';
import { useAppStore } from '../../state/hooks';
import { CategoryFilter } from './CategoryFilter';
import { EventDetail } from './EventDetail';
import { getMeasure } from './measureText';
import { OverviewBrush } from './OverviewBrush';
import { RangeControls } from './RangeControls';
import { TimelineChart } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import { TimelineList } from './TimelineList';
import { useContainerSize } from './useContainerSize';
import { useTimelineModel } from './useTimelineModel';
import './timeline.css';
import './timeline-chart.css';
import './timeline-detail.css';

/** Below this container width the timeline becomes a list. */
const NARROW = 640;
/** From this container width the detail and legend sit in a column beside the chart. */
const SIDE_PANEL = 1200;
/** Width assumed before (or without) layout, e.g. in jsdom. */
const FALLBACK_WIDTH = 1024;

/** The timeline view: filters, range controls, an overview brush, and a chart or (narrow) a list. */
export function TimelineView() {
  const model = useTimelineModel();
  const countRole = useCountRole();
  const { summit, visible, byId } = model;
  const selected = useAppStore((s) => s.selectedEvent);
  const presenting = useAppStore((s) => s.present);
  const update = useAppStore((s) => s.update);
  const { ref, probeRef, width, remPx } = useContainerSize<HTMLDivElement>();
  const helpId = useId();
  const detailId = useId();

  const containerWidth = width ?? FALLBACK_WIDTH;
  const narrow = containerWidth < NARROW;
  const fontPx = remPx * 0.75;
  const measure = useMemo(
    () =>
      getMeasure(
        fontPx,
        typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily,
      ),
    [fontPx],
  );
  useEffect(() => {
    // A link naming an event opens at the timeline (as laid out for this width): on a phone, at the
    // event's row and its detail; otherwise at the chart, with the detail beside or under it.
    const root = ref.current;
    if (width === null || selected === null || presenting || !root) return;
    landOn('ev', selected, (narrow && root.querySelector('[data-record-focus]')) || root);
  }, [width, narrow, selected, presenting, ref]);
  const onSelect = useCallback((id: string | null) => update({ selectedEvent: id }), [update]);
  // Closing hands focus back to the event's mark or row (or the timeline's tab stop if it is hidden).
  const onClose = () => {
    const root = ref.current;
    const marks = root?.querySelectorAll<HTMLElement>('[data-event-id]:is(button, [role=button])') ?? [];
    focusFirst(
      [...marks].find((el) => el.dataset.eventId === selected),
      root?.querySelector('.tl-chart [tabindex="0"], .tl-item'),
    );
    onSelect(null);
  };

  const selectedEvent = selected === null ? undefined : byId.get(selected);
  const selectedShown = selectedEvent !== undefined && visible.some((e) => e.id === selectedEvent.id);
  const detail = selectedEvent ? (
    <EventDetail event={selectedEvent} shown={selectedShown} onClose={onClose} id={detailId} />
  ) : null;
  // Presenting, a slide's view pane is wide on a 1080p projector but its big type made the column
  // beside the chart take a third of it: the chart keeps the width, the detail goes under it.
  const side = containerWidth >= SIDE_PANEL && !presenting;
  // The chart box has a 1px border each side; the side panel is 20rem plus a 1rem gap.
  const chartWidth = containerWidth - 2 - (side ? 21 * remPx : 0);

  return (
    <div className={narrow ? 'tl tl--narrow' : 'tl'} ref={ref}>
      <span className="tl-probe" ref={probeRef} aria-hidden="true" />
      <div className="tl-header">
        <h2 className="tl-header__title">Timeline</h2>
        <p className="tl-header__count" role={countRole}>
          Showing {model.shownCount} of {summit.events.length} events
        </p>
      </div>
      <CategoryFilter
        categories={model.categories}
        selected={model.selectedCategories}
        counts={model.counts}
      />
      <RangeControls
        presets={model.presets}
        range={model.range}
        domain={model.domain}
        extent={model.extent}
        // The first step in from the whole timeline closes in on the summit, the subject, not mid-autumn.
        anchor={
          selectedEvent?.date ??
          (model.range.from === null && model.range.to === null ? summit.meta.date : null)
        }
      />
      <OverviewBrush
        extent={model.extent}
        domain={model.domain}
        density={model.density}
        width={containerWidth}
        remPx={remPx}
        measure={measure}
        summitDate={summit.meta.date}
      />
      {visible.length === 0 && (
        <p className="tl-empty">
          No events match the current filters.{' '}
          <button
            type="button"
            className="tl-chip"
            onClick={() => update({ categories: [], from: null, to: null })}
          >
            Show all dates and categories
          </button>
        </p>
      )}
      {narrow ? (
        <>
          {!selectedShown && detail}
          <TimelineList
            events={visible}
            extent={model.extent}
            selected={selected}
            onSelect={onSelect}
            onClose={onClose}
          />
        </>
      ) : (
        <>
          <p className="visually-hidden" id={helpId}>
            Use the arrow keys to move between events in date order, Home and End for the first and last, and
            Enter to open an event.
          </p>
          <div className={side ? 'tl-body tl-body--side' : 'tl-body'}>
            {visible.length > 0 && (
              <TimelineChart
                events={visible}
                categories={model.categories}
                domain={model.domain}
                extent={model.extent}
                width={chartWidth}
                fontPx={fontPx}
                measure={measure}
                summitDate={summit.meta.date}
                selected={selected}
                onSelect={onSelect}
                describedBy={helpId}
              />
            )}
            <div className="tl-panel">
              {detail ??
                (visible.length > 0 && (
                  <p className="tl-detail-hint">
                    Select an event to see its date, who took part and its sources.
                  </p>
                ))}
              <TimelineLegend />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
