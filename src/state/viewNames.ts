export type ViewName = 'map' | 'matrix' | 'timeline';

export const VIEW_NAMES: readonly ViewName[] = ['map', 'matrix', 'timeline'];

/** The accessible names of the view regions; tests and exports find the views by them. */
export const VIEW_TITLES: Record<ViewName, string> = {
  map: 'Map',
  matrix: 'Stance matrix',
  timeline: 'Timeline',
};
