/**
 * One view as a framed SVG file: the map and timeline are cloned from the page (their largest <svg>),
 * the matrix is drawn from the same model the view uses. The frame carries title, date, source line,
 * view URL and dataset version, so the image keeps its provenance wherever it goes.
 */
import type { Summit } from '../data/schema';
import { formatCalendarDate } from '../model/calendar';
import type { FilteredSummit, FilterState } from '../model/filters';
import { describeFilters, describeSort } from '../model/filterWords';
import { buildMatrix } from '../model/matrixRows';
import { indexStances } from '../model/stanceCells';
import type { MatrixSort } from '../state/viewState';
import { isoDay, sourceLine } from './citation';
import { withMapKey } from './mapKey';
import { matrixSvg } from './matrixSvg';
import { cloneViewSvg, findViewSvg, readPalette } from './svgClone';
import { frameSvg, type ExportBody, type ExportFrame, type FramedSvg } from './svgExport';
import { VIEW_TITLES, type ViewName } from '../state/viewNames';

export interface ExportContext {
  summit: Summit;
  filtered: FilteredSummit;
  /** The choices behind `filtered`, named in the image's subtitle. */
  filters: FilterState;
  sort: MatrixSort;
  sortRef: string | null;
  /** The view's URL, normally `location.href`. */
  url: string;
  now: Date;
}

export function isNarrowed(summit: Summit, f: FilteredSummit): boolean {
  return (
    f.entityIds.size < summit.entities.length ||
    f.questionIds.size < summit.questions.length ||
    f.eventIds.size < summit.events.length
  );
}

export function viewFrame(view: ViewName, ctx: ExportContext): ExportFrame {
  const { meta } = ctx.summit;
  // What narrows the view, and the matrix's order: an image has no controls to show them.
  const shown = [
    isNarrowed(ctx.summit, ctx.filtered) ? describeFilters(ctx.summit, ctx.filters) : '',
    view === 'matrix' ? describeSort(ctx.summit, ctx.sort, ctx.sortRef) : '',
  ].filter((part) => part !== '');
  return {
    title: `${meta.title} — ${VIEW_TITLES[view]}`,
    subtitle: [`${formatCalendarDate(meta.date)} · ${meta.location}`, ...shown].join(' · '),
    source: sourceLine(ctx.summit, ctx.url),
    url: ctx.url,
    // The source line above names the dataset's version and date.
    exported: `Exported ${isoDay(ctx.now)} from Summit Atlas`,
  };
}

export function viewSection(view: ViewName, doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`section[aria-label="${VIEW_TITLES[view]}"]`);
}

/** The stance matrix as the page shows it: filtered, grouped and sorted. */
export function exportedMatrix({
  summit,
  filtered,
  sort,
  sortRef,
}: Pick<ExportContext, 'summit' | 'filtered' | 'sort' | 'sortRef'>) {
  const { personIds, questionIds } = filtered;
  return buildMatrix(summit, indexStances(summit.stances), { personIds, questionIds, sort, sortRef });
}

function viewBody(view: ViewName, ctx: ExportContext, doc: Document): ExportBody {
  if (view === 'matrix') return matrixSvg(exportedMatrix(ctx), readPalette(doc));
  const section = viewSection(view, doc);
  // A narrow timeline is a list; its largest drawing is then the month strip, which is not the view.
  if (view === 'timeline' && section && !section.querySelector('svg.tl-chart'))
    throw new Error('the timeline is a list at this width; widen the window to save it as an image');
  const svg = section ? findViewSvg(section) : null;
  if (!section || !svg)
    throw new Error(`the ${VIEW_TITLES[view].toLowerCase()} has no drawing to export yet`);
  const win = doc.defaultView ?? window;
  const drawing = cloneViewSvg(svg, win);
  return view === 'map' ? withMapKey(drawing, section, readPalette(doc, win), win) : drawing;
}

/** The view as a complete SVG file's text, with its size. Needs the page's DOM for map and timeline. */
export function buildViewImage(view: ViewName, ctx: ExportContext, doc: Document = document): FramedSvg {
  return frameSvg(viewBody(view, ctx, doc), viewFrame(view, ctx), readPalette(doc));
}
