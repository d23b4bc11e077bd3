import type { MarkLayout } from './timelineLayout';
import { fitLabel, type MeasureText } from './timelineText';

export interface Callout {
  /** The box, in chart coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  /** Where the text starts, on the mark's centre line. */
  textX: number;
  textY: number;
}

/** Shorter than this, a cut title in the row's free room names nothing. */
const MIN_FREE_CHARS = 12;

/**
 * The title of the chosen event, beside its mark, when the packed label was cut short or hidden: in
 * a crowded week a chosen dot could otherwise sit unnamed after another event's label, and read as
 * that event (a slide pointing at one did). On the side with room for the whole title, else the
 * roomier side, cut between words if it must be. It keeps to the room that the other marks and
 * labels of its row (`occupied`, their extents) leave free, so that it does not hide an event a slide
 * talks about. Where that room shows no more than the mark's own cut label, there is no callout; a
 * mark with no label at all is named even over its neighbours. The mark's own label gives way to it.
 */
export function calloutFor(
  mark: MarkLayout,
  title: string,
  chartWidth: number,
  rowHeight: number,
  measure: MeasureText,
  occupied: readonly (readonly [number, number])[] = [],
  pad = 4,
): Callout | null {
  if (mark.label !== null && !mark.truncated) return null;
  const gap = pad + 2;
  const within = (from: number, to: number) => {
    const roomRight = to - (mark.x1 + gap) - 2 * pad - 1;
    const roomLeft = mark.x0 - gap - from - 2 * pad - 1;
    const right = measure(title) <= roomRight || roomRight >= roomLeft;
    const fitted = fitLabel(title, right ? roomRight : roomLeft, measure, 4);
    return fitted && { right, fitted };
  };
  const from = Math.max(0, ...occupied.filter(([, end]) => end <= mark.x0).map(([, end]) => end + gap));
  const to = Math.min(
    chartWidth,
    ...occupied.filter(([start]) => start >= mark.x1).map(([start]) => start - gap),
  );
  let placed = within(from, to);
  const named = (text: string) =>
    text === title || (text.length >= MIN_FREE_CHARS && text.length > (mark.label?.length ?? 0));
  if (!placed || !named(placed.fitted.text)) {
    // A cut label of its own still names the event; a dot with none is named even over a neighbour.
    if (mark.label !== null) return null;
    placed = within(0, chartWidth);
  }
  if (!placed) return null;
  const { right, fitted } = placed;
  const width = fitted.width + 2 * pad;
  const x = right ? mark.x1 + gap : mark.x0 - gap - width;
  return {
    x,
    y: mark.y - rowHeight / 2 + 1,
    width,
    height: rowHeight - 2,
    text: fitted.text,
    textX: x + pad,
    textY: mark.y,
  };
}
