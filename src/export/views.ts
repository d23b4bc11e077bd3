/** The views that can be exported or embedded, named as the app shell names their regions. */
export type ExportView = 'map' | 'matrix' | 'timeline';
export const EXPORT_VIEWS: readonly ExportView[] = ['map', 'matrix', 'timeline'];

/** The accessible names of the view sections, as the app shell writes them. */
export const VIEW_LABELS: Record<ExportView, string> = {
  map: 'Map',
  matrix: 'Stance matrix',
  timeline: 'Timeline',
};
