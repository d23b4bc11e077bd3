import type { AppStore } from './createAppStore';
import { pickViewState } from './createAppStore';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

/**
 * The view a person was on when they started presenting, per store, so Exit brings an analyst back
 * to their filters rather than to the defaults. Not in the URL: a link to a slide has no "before".
 */
const before = new WeakMap<AppStore, ViewState>();

export function rememberViewBeforePresenting(store: AppStore): void {
  before.set(store, pickViewState(store.getState()));
}

/** The remembered view (or the defaults), out of presenting mode, in the theme chosen meanwhile. */
export function viewAfterPresenting(store: AppStore): ViewState {
  const view = before.get(store) ?? DEFAULT_VIEW_STATE;
  before.delete(store);
  return { ...view, present: false, slide: DEFAULT_VIEW_STATE.slide, theme: store.getState().theme };
}
