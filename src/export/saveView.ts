/**
 * Saving one view as SVG, PNG or CSV. Kept apart from the menu so that the export code (SVG cloning,
 * the matrix drawing, PNG rendering, CSV) loads only when someone downloads something.
 */
import type { Summit } from '../data/schema';
import type { FilteredSummit, FilterState } from '../model/filters';
import type { MatrixSort } from '../state/viewState';
import { exportFilename } from './citation';
import { tableCsv, type CsvTable } from './csv';
import { csvBlob, downloadBlob, svgBlob } from './download';
import { svgToPngBlob } from './png';
import { buildViewImage, exportedMatrix } from './viewImage';
import type { ViewName } from '../state/viewNames';

/** Which table a view's CSV holds: the rows that view draws. */
export const VIEW_TABLE: Record<ViewName, CsvTable> = {
  map: 'participants',
  matrix: 'stances',
  timeline: 'events',
};

export type ExportFormat = 'svg' | 'png' | 'csv';

export interface SaveContext {
  summit: Summit;
  filtered: FilteredSummit;
  filters: FilterState;
  sort: MatrixSort;
  sortRef: string | null;
  url: string;
}

/** Builds and downloads the file; returns its name. */
export async function saveView(view: ViewName, format: ExportFormat, ctx: SaveContext): Promise<string> {
  const { summit, filtered } = ctx;
  if (format === 'csv') {
    const table = VIEW_TABLE[view];
    // The matrix's stances come in its rows' order as sorted on screen (every leader, shown or not).
    const personOrder =
      view === 'matrix' ? exportedMatrix(ctx).allGroups.flatMap((g) => g.rows.map((r) => r.person.id)) : [];
    const csv = tableCsv(table, summit, { filtered, personOrder });
    // Named for what it holds: "-filtered" only when the filters left rows out.
    const scope = csv === tableCsv(table, summit, { filtered: null, personOrder }) ? 'all' : 'filtered';
    const file = exportFilename(summit, `${table}-${scope}`, 'csv');
    downloadBlob(csvBlob(csv), file);
    return file;
  }
  const image = buildViewImage(view, { ...ctx, now: new Date() });
  const file = exportFilename(summit, view, format);
  const blob =
    format === 'svg' ? svgBlob(image.svg) : await svgToPngBlob(image.svg, image.width, image.height);
  downloadBlob(blob, file);
  return file;
}
