/**
 * Keeps the address bar and the store in step, both ways. Changes push a history entry so Back undoes
 * them, a burst within the debounce taking one entry. Map zoom alone replaces the current entry: the
 * map pans itself as the keyboard walks its countries, and Back should not step through that. Dates
 * push: they change once per click, typed date or finished brush.
 */
import { pickViewState, type AppStore } from './createAppStore';
import { decodeViewState, encodeViewState } from './urlCodec';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

/** Parameters that belong to the page, not the view, and survive every rewrite. */
const PAGE_PARAMS = ['data', 'embed', 'handout'];
const CONTINUOUS: readonly (keyof ViewState)[] = ['zoom'];
const DEBOUNCE_MS = 250;

export function buildSearch(state: ViewState, current: string): string {
  const kept = new URLSearchParams(current);
  const page = PAGE_PARAMS.flatMap((name) => {
    const value = kept.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  const view = encodeViewState(state);
  const all = [...page, ...(view === '' ? [] : [view])].join('&');
  return all === '' ? '' : `?${all}`;
}

/**
 * `clean` checks decoded ids against the dataset (see `keepKnownIds`), so stepping Back to the entry
 * a stale link opened on falls back to defaults as the first load did.
 */
export function startUrlSync(
  store: AppStore,
  win: Window = window,
  clean: (state: Partial<ViewState>) => Partial<ViewState> = (state) => state,
): () => void {
  let applyingHistory = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = pickViewState(store.getState());
  let pendingDiscrete = false;

  const write = () => {
    timer = undefined;
    const state = pickViewState(store.getState());
    const search = buildSearch(state, win.location.search);
    if (search !== win.location.search) {
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      if (pendingDiscrete) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    }
    lastWritten = state;
    pendingDiscrete = false;
  };

  const unsubscribe = store.subscribe((state) => {
    if (applyingHistory) return;
    const next = pickViewState(state);
    const changed = (Object.keys(next) as (keyof ViewState)[]).filter((k) => next[k] !== lastWritten[k]);
    if (changed.length === 0) return;
    if (changed.some((k) => !CONTINUOUS.includes(k))) pendingDiscrete = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, DEBOUNCE_MS);
  });

  const onPopState = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingDiscrete = false;
    applyingHistory = true;
    const state = { ...DEFAULT_VIEW_STATE, ...clean(decodeViewState(win.location.search)) };
    store.getState().replace(state);
    applyingHistory = false;
    write();
  };
  win.addEventListener('popstate', onPopState);
  // What the view did not take (unknown ids, malformed values) leaves the address, so it is not shared on.
  write();

  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
