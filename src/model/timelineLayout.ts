/**
 * The whole timeline drawing as numbers: lanes by category, marks by precision, stacked rows, fitted
 * labels, axis ticks, the summit-day band, and context rows set apart: those before the period in a
 * "Background" column left of an axis break, those after it in an "Afterwards" column right of a
 * second break, those inside it drawn greyed in place. Pure and deterministic; React renders it.
 */
import type { SummitEvent } from '../data/schema';
import { categoryLabel } from './timelineCategories';
import { formatEventDateShort } from './timelineDates';
import { hitArea, placeOnScale, shapeOf, summitBand, type Geometry } from './timelineGeometry';
import { sortEvents } from './timelineOrder';
import { packLane, rowCount, type PackedItem, type PackItem, type PackOptions } from './timelinePack';
import {
  axisTicks,
  createTimeScale,
  pxPerDay,
  type DateRange,
  type DayTick,
  type MonthTick,
  type TimeScale,
} from './timelineScale';
import { fitLabel, type MeasureText } from './timelineText';

export type MarkShape = 'dot' | 'span' | 'approx';

export interface MarkLayout {
  id: string;
  lane: number;
  row: number;
  /** Centre line of the mark's row. */
  y: number;
  shape: MarkShape;
  /** Drawn horizontal extent (a dot's is its diameter). */
  x0: number;
  x1: number;
  /** The range runs on beyond the left / right edge of the view. */
  clipStart: boolean;
  clipEnd: boolean;
  context: boolean;
  label: string | null;
  labelX: number;
  labelAnchor: 'start' | 'end';
  truncated: boolean;
  /** Pointer target: the mark and its label, at least `minHit` wide. */
  hitX0: number;
  hitX1: number;
}

export interface LaneLayout {
  category: string;
  label: string;
  y: number;
  height: number;
  rows: number;
}

export interface Column {
  x0: number;
  x1: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontPx: number;
  rowHeight: number;
  radius: number;
  barHeight: number;
  /** Context before / after the period, each beyond an axis break; null when there is none. */
  before: Column | null;
  after: Column | null;
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: LaneLayout[];
  /** In keyboard (date) order. */
  marks: MarkLayout[];
  order: string[];
  ticks: { months: MonthTick[]; days: DayTick[] };
  summitBand: Column | null;
  scale: TimeScale;
}

export interface LayoutInput {
  /** The events to draw (already filtered), any order. */
  events: readonly SummitEvent[];
  /** Lane order; categories without a drawn event get no lane. */
  categories: readonly string[];
  /** Dates on screen. */
  domain: DateRange;
  /** The period of the main (non-context) events; context outside it goes to the side columns. */
  extent: DateRange;
  summitDate: string;
  width: number;
  fontPx: number;
  measure: MeasureText;
  /**
   * Rows per lane before labels are shortened (same-day stacks may use more). Default: 3, more when few
   * lanes are drawn (one category: 12), so a narrowed timeline names its events instead of cutting them.
   */
  maxRows?: number;
}

export function layoutMetrics(fontPx: number) {
  return {
    rowHeight: Math.round(fontPx * 2),
    radius: Math.round(fontPx * 0.42 * 2) / 2,
    barHeight: Math.round(fontPx * 0.75),
    gap: Math.round(fontPx * 0.35),
    pad: Math.round(fontPx * 0.5),
    lanePad: Math.round(fontPx / 3),
    axisHeight: Math.round(fontPx * 3.5),
    footHeight: Math.round(fontPx * 2),
    breakWidth: Math.round(fontPx * 1.5),
    maxLabelWidth: Math.round(fontPx * 17),
    minHit: 24,
  };
}

/** Rows the lanes share before labels are shortened: the default height of a busy timeline. */
const ROW_BUDGET = 12;

const hiddenLabels = (packed: readonly PackedItem[]) => packed.filter((p) => p.label === null).length;

/**
 * A narrowed timeline leaves rows of the budget unused. A lane that hid a label for want of a row
 * (an event two days before three same-day ones) takes another, while rows are left.
 */
function giveSpareRows(
  packed: PackedItem[][],
  items: readonly PackItem[][],
  bounds: { x0: number; x1: number },
  options: PackOptions,
) {
  let spare = ROW_BUDGET - packed.reduce((n, lane) => n + rowCount(lane), 0);
  packed.forEach((lane, i) => {
    let current = lane;
    while (spare > 0 && hiddenLabels(current) > 0) {
      const more = packLane(items[i] ?? [], bounds, { ...options, maxRows: rowCount(current) + 1 });
      const cost = rowCount(more) - rowCount(current);
      if (hiddenLabels(more) >= hiddenLabels(current) || cost > spare) break;
      spare -= cost;
      current = more;
    }
    packed[i] = current;
  });
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { fontPx, measure, extent } = input;
  const m = layoutMetrics(fontPx);
  const laneOf = new Map<string, number>();
  const sorted = sortEvents(input.events).filter((e) => input.categories.includes(e.category));
  const lanes = input.categories.filter((c) => sorted.some((e) => e.category === c));
  lanes.forEach((c, i) => laneOf.set(c, i));
  const side = (e: SummitEvent) =>
    e.context !== true ? 'main' : e.date < extent.from ? 'before' : e.date > extent.to ? 'after' : 'main';
  const beforeEvents = sorted.filter((e) => side(e) === 'before');
  const afterEvents = sorted.filter((e) => side(e) === 'after');
  const mainEvents = sorted.filter((e) => side(e) === 'main');

  // Columns, left to right: lane labels, Background, break, plot, break, Afterwards. The side
  // columns take about a ninth of the width each, between 9 and 14 em.
  const columnWidth = Math.round(Math.min(fontPx * 14, Math.max(fontPx * 9, input.width / 9)));
  const gutter = Math.ceil(Math.max(0, ...lanes.map((c) => measure(categoryLabel(c)))) + fontPx * 1.5);
  const before = beforeEvents.length > 0 ? { x0: gutter, x1: gutter + columnWidth } : null;
  const x0 = before ? before.x1 + m.breakWidth : gutter;
  const afterWidth = afterEvents.length > 0 ? columnWidth + m.breakWidth : 0;
  const x1 = Math.max(x0 + 50, input.width - fontPx - afterWidth);
  const after = afterEvents.length > 0 ? { x0: x1 + m.breakWidth, x1: x1 + afterWidth } : null;
  const plotX = { x0, x1 };
  const scale = createTimeScale(input.domain, x0, x1);

  const geometry = new Map<string, Geometry>();
  const items: PackItem[][] = lanes.map(() => []);
  for (const e of mainEvents) {
    const g = placeOnScale(e, scale, plotX, m);
    geometry.set(e.id, g);
    items[laneOf.get(e.category) ?? 0]?.push({ id: e.id, markStart: g.x0, markEnd: g.x1, text: e.title });
  }
  const packOptions = {
    measure,
    gap: m.gap,
    pad: m.pad,
    maxRows: input.maxRows ?? Math.max(3, Math.floor(ROW_BUDGET / Math.max(1, lanes.length))),
    // The cap keeps one long title from holding a row for weeks; zoomed in to a few days, a day is
    // wider than the cap, and a title may take most of its day.
    maxLabelWidth: Math.max(m.maxLabelWidth, Math.round(pxPerDay(scale) * 0.9)),
  };
  const packed = items.map((laneItems) => packLane(laneItems, plotX, packOptions));
  if (input.maxRows === undefined) giveSpareRows(packed, items, plotX, packOptions);

  const perLane = (list: SummitEvent[]) => lanes.map((c) => list.filter((e) => e.category === c).length);
  const beforeRows = perLane(beforeEvents);
  const afterRows = perLane(afterEvents);
  const laneLayouts: LaneLayout[] = [];
  let y = m.axisHeight;
  lanes.forEach((category, i) => {
    const rows = Math.max(rowCount(packed[i] ?? []), beforeRows[i] ?? 0, afterRows[i] ?? 0, 1);
    const height = rows * m.rowHeight + 2 * m.lanePad;
    laneLayouts.push({ category, label: categoryLabel(category), y, height, rows });
    y += height;
  });
  const rowY = (lane: number, row: number) =>
    (laneLayouts[lane]?.y ?? 0) + m.lanePad + row * m.rowHeight + m.rowHeight / 2;

  const marks = new Map<string, MarkLayout>();
  const contextIds = new Set(sorted.filter((e) => e.context === true).map((e) => e.id));
  packed.forEach((lanePacked, lane) => {
    for (const p of lanePacked) {
      const g = geometry.get(p.id);
      if (!g) continue;
      const [hitX0, hitX1] = hitArea(
        Math.min(p.markStart, p.labelStart),
        Math.max(p.markEnd, p.labelEnd),
        m.minHit,
      );
      const right = p.side === 'right';
      marks.set(p.id, {
        ...g,
        id: p.id,
        lane,
        row: p.row,
        y: rowY(lane, p.row),
        context: contextIds.has(p.id),
        label: p.label?.text ?? null,
        labelX: right ? p.markEnd + m.gap : p.markStart - m.gap,
        labelAnchor: right ? 'start' : 'end',
        truncated: p.label === null || p.label.truncated,
        hitX0,
        hitX1,
      });
    }
  });

  // Side columns: one row per context event in its lane, labelled with its date.
  const placeColumn = (list: SummitEvent[], column: Column) => {
    const used = lanes.map(() => 0);
    for (const e of list) {
      const lane = laneOf.get(e.category) ?? 0;
      const row = used[lane] ?? 0;
      used[lane] = row + 1;
      const shape = shapeOf(e);
      const a = column.x0 + m.gap;
      const b = a + (shape === 'dot' ? 2 * m.radius : 3 * m.radius);
      const fitted = fitLabel(
        `${formatEventDateShort(e, true)} · ${e.title}`,
        column.x1 - (b + m.gap),
        measure,
      );
      const [hitX0, hitX1] = hitArea(a, fitted ? b + m.gap + fitted.width : b, m.minHit);
      marks.set(e.id, {
        id: e.id,
        lane,
        row,
        y: rowY(lane, row),
        shape,
        x0: a,
        x1: b,
        clipStart: false,
        clipEnd: false,
        context: true,
        label: fitted?.text ?? null,
        labelX: b + m.gap,
        labelAnchor: 'start',
        truncated: fitted === null || fitted.truncated,
        hitX0,
        hitX1,
      });
    }
  };
  if (before) placeColumn(beforeEvents, before);
  if (after) placeColumn(afterEvents, after);

  const order = sorted.map((e) => e.id);
  return {
    width: Math.max(input.width, (after ?? plotX).x1 + fontPx),
    height: y + m.footHeight,
    fontPx,
    rowHeight: m.rowHeight,
    radius: m.radius,
    barHeight: m.barHeight,
    before,
    after,
    plot: { x0, x1, y0: m.axisHeight, y1: y },
    lanes: laneLayouts,
    marks: order.map((id) => marks.get(id)).filter((mk): mk is MarkLayout => mk !== undefined),
    order,
    ticks: axisTicks(scale, measure, fontPx),
    summitBand: summitBand(scale, input.summitDate, input.domain),
    scale,
  };
}
