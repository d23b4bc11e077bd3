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

/**
 * The title of the chosen event, beside its mark, when the packed label was cut short or hidden: in
 * a crowded week a chosen dot could otherwise sit unnamed after another event's label, and read as
 * that event (a slide pointing at one did). On the side with room for the whole title, else the
 * roomier side, cut between words if it must be.
 */
export function calloutFor(
  mark: MarkLayout,
  title: string,
  chartWidth: number,
  rowHeight: number,
  measure: MeasureText,
  pad = 4,
): Callout | null {
  if (mark.label !== null && !mark.truncated) return null;
  const gap = pad + 2;
  const roomRight = chartWidth - (mark.x1 + gap) - 2 * pad - 1;
  const roomLeft = mark.x0 - gap - 2 * pad - 1;
  const right = measure(title) <= roomRight || roomRight >= roomLeft;
  const fitted = fitLabel(title, right ? roomRight : roomLeft, measure, 4);
  if (fitted === null) return null;
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
