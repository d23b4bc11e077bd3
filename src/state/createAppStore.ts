import { createStore } from 'zustand/vanilla';
import type { FilterState } from '../model/filters';
import { followFiltersAfterPaint, pickFilters } from './paintedFilters';
import { DEFAULT_VIEW_STATE, EMPTY_HOVER, type HoverState, type ViewState } from './viewState';

export interface AppActions {
  /** Merge a change into the view state (filters, selection, zoom, sort, layout…). */
  update: (patch: Partial<ViewState>) => void;
  /** Replace the whole view state, e.g. from the URL or a story slide. */
  replace: (state: ViewState) => void;
  hover: (patch: Partial<HoverState>) => void;
  reset: () => void;
}

export type AppState = ViewState &
  HoverState & {
    /** The filters as of the last painted frame, for views out of sight (see `paintedFilters.ts`). */
    paintedFilters: FilterState;
  } & AppActions;
export type AppStore = ReturnType<typeof createAppStore>;

/** A factory, not a singleton, so each test and each embed can start from any state. */
export function createAppStore(initial: Partial<ViewState> = {}) {
  const store = createStore<AppState>()((set) => ({
    ...DEFAULT_VIEW_STATE,
    ...initial,
    ...EMPTY_HOVER,
    paintedFilters: pickFilters({ ...DEFAULT_VIEW_STATE, ...initial }),
    update: (patch) => set(patch),
    replace: (state) => set({ ...state }),
    hover: (patch) => set(patch),
    // The theme is the reader's preference, not part of the view they reset.
    reset: () => set((s) => ({ ...DEFAULT_VIEW_STATE, ...EMPTY_HOVER, theme: s.theme })),
  }));
  followFiltersAfterPaint(store);
  return store;
}

export function pickViewState(state: AppState): ViewState {
  const out = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW_STATE) as (keyof ViewState)[]) out[key] = state[key];
  return out as ViewState;
}
