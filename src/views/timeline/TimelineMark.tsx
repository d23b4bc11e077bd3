import { memo } from 'react';
import type { SummitEvent } from '../../data/schema';
import { categoryLabel } from '../../model/timelineCategories';
import { formatEventDate, formatEventDateShort } from '../../model/timelineDates';
import type { MarkLayout } from '../../model/timelineLayout';
import { categoryStyle } from './categoryColors';

interface TimelineMarkProps {
  mark: MarkLayout;
  event: SummitEvent;
  rowHeight: number;
  radius: number;
  barHeight: number;
  /** Filtered out: kept mounted at its last place so that filtering toggles it, but not drawn. */
  hidden: boolean;
  selected: boolean;
  tabbable: boolean;
  related: boolean;
  dimmed: boolean;
  /** Its title is shown in a callout beside it, which carries the selection's outline. */
  calledOut: boolean;
}

/** One event: a dot (a day), a bar (several days) or a dashed bar (known only to the week or month). */
export const TimelineMark = memo(function TimelineMark(props: TimelineMarkProps) {
  const {
    mark,
    event,
    rowHeight,
    radius,
    barHeight,
    hidden,
    selected,
    calledOut,
    tabbable,
    related,
    dimmed,
  } = props;
  const date = formatEventDate(event);
  // The name contains the visible label's words in order (WCAG 2.5.3): context labels start with a date.
  const name = mark.context
    ? `${formatEventDateShort(event, true)} · ${event.title}, ${categoryLabel(event.category)}, background`
    : `${event.title}, ${date}, ${categoryLabel(event.category)}`;
  const cls = ['tl-mark', `tl-mark--${mark.shape}`];
  if (mark.context) cls.push('tl-mark--context');
  if (selected) cls.push('is-selected');
  if (calledOut) cls.push('has-callout');
  if (related) cls.push('is-related');
  if (dimmed) cls.push('is-dimmed');
  return (
    <g
      className={cls.join(' ')}
      data-event-id={event.id}
      display={hidden ? 'none' : undefined}
      aria-hidden={hidden || undefined}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      style={categoryStyle(event.category)}
    >
      <MarkBody
        mark={mark}
        title={`${event.title} — ${date}`}
        rowHeight={rowHeight}
        radius={radius}
        barHeight={barHeight}
      />
    </g>
  );
});

interface MarkBodyProps {
  mark: MarkLayout;
  title: string;
  rowHeight: number;
  radius: number;
  barHeight: number;
}

/**
 * What a mark draws. Apart from the group that carries its state, so that a filter hiding or showing a
 * mark, or a hover dimming it, re-renders one element and leaves its shapes and label alone. The
 * tooltip's <title> sits in a group of its own: as a direct child of the button it would become its
 * description, and screen readers read the name, then the same words again.
 */
const MarkBody = memo(function MarkBody({ mark, title, rowHeight, radius, barHeight }: MarkBodyProps) {
  return (
    <g>
      <title>{title}</title>
      <rect
        className="tl-mark__hit"
        x={mark.hitX0}
        y={mark.y - rowHeight / 2 + 1}
        width={mark.hitX1 - mark.hitX0}
        height={rowHeight - 2}
        rx={4}
      />
      {mark.shape === 'dot' ? (
        <circle className="tl-mark__shape" cx={(mark.x0 + mark.x1) / 2} cy={mark.y} r={radius} />
      ) : (
        <rect
          className="tl-mark__shape"
          x={mark.x0}
          y={mark.y - barHeight / 2}
          width={mark.x1 - mark.x0}
          height={barHeight}
          rx={mark.clipStart || mark.clipEnd ? 0 : barHeight / 2}
        />
      )}
      {mark.label !== null && (
        <text className="tl-mark__label" x={mark.labelX} y={mark.y} dy="0.35em" textAnchor={mark.labelAnchor}>
          {mark.label}
        </text>
      )}
    </g>
  );
});
