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

const reached = new WeakMap<AppStore, number>();

/**
 * The slide presenting mode is on, kept when it is left mid-story, so a teacher who steps out to
 * answer a question in the atlas comes back to it. At the first or last slide there is nothing to
 * resume: the next start is slide 1.
 */
export function rememberSlide(store: AppStore, slide: number, count: number): void {
  if (slide > 0 && slide < count - 1) reached.set(store, slide);
  else reached.delete(store);
}

/** The slide to start presenting from: where it was left, or the first. */
export function slideToResume(store: AppStore): number {
  return reached.get(store) ?? 0;
}

/** The remembered view (or the defaults), out of presenting mode, in the theme chosen meanwhile. */
export function viewAfterPresenting(store: AppStore): ViewState {
  const view = before.get(store) ?? DEFAULT_VIEW_STATE;
  before.delete(store);
  return { ...view, present: false, slide: DEFAULT_VIEW_STATE.slide, theme: store.getState().theme };
}
