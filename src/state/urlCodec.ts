/**
 * View state ⇄ readable query string, e.g. `?color=attendance&e=fra,deu&from=2025-09-01&to=2025-09-10`.
 * Only non-default fields are written. Decoding validates each parameter on its own: a malformed or
 * unknown one is dropped and the rest still apply, so an old or hand-edited link never breaks the app.
 * Ids are checked for syntax only; ids that the dataset does not know are ignored by the views.
 */
import { isCalendarDate } from '../data/calendarDate';
import { ATTENDANCES, PLEDGE_STATUSES } from '../data/schema';
import {
  COLOR_BYS,
  DEFAULT_VIEW_STATE,
  LAYOUTS,
  MATRIX_SORTS,
  THEMES,
  type MapZoom,
  type ViewState,
} from './viewState';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const MAX_LIST = 500;

function oneOf<T extends string>(allowed: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function idList(raw: string | null): string[] | undefined {
  if (raw === null) return undefined;
  const ids = [...new Set(raw.split(',').filter((s) => s !== ''))];
  if (ids.length === 0 || ids.length > MAX_LIST || !ids.every((s) => ID.test(s))) return undefined;
  return ids;
}

/** Like an id list, whose unknown ids are dropped one by one: an unknown value costs only itself. */
function enumList<T extends string>(allowed: readonly T[], raw: string | null): T[] | undefined {
  const known = idList(raw)?.filter((s): s is T => (allowed as readonly string[]).includes(s));
  return known && known.length > 0 ? known : undefined;
}

function singleId(raw: string | null): string | undefined {
  return raw !== null && ID.test(raw) ? raw : undefined;
}

function date(raw: string | null): string | undefined {
  return raw !== null && isCalendarDate(raw) ? raw : undefined;
}

function zoom(raw: string | null): MapZoom | undefined {
  if (raw === null) return undefined;
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [lon, lat, k] = parts.map(Number) as [number, number, number];
  if (![lon, lat, k].every(Number.isFinite)) return undefined;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || k < 0.1 || k > 64) return undefined;
  return { lon, lat, k };
}

/** Short numbers in links: 4 decimals for degrees is ~10 m, plenty for a view. */
function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

export function decodeViewState(search: string): Partial<ViewState> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const out: Partial<ViewState> = {};
  const set = <K extends keyof ViewState>(key: K, value: ViewState[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('view', oneOf(LAYOUTS, params.get('view')));
  set('color', oneOf(COLOR_BYS, params.get('color')));
  set('entities', idList(params.get('e')));
  set('pledge', enumList(PLEDGE_STATUSES, params.get('pledge')));
  set('attendance', enumList(ATTENDANCES, params.get('att')));
  set('questions', idList(params.get('q')));
  set('categories', idList(params.get('cat')));
  const from = date(params.get('from'));
  const to = date(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) {
    // A reversed range is most likely a typo; keep neither rather than guess.
  } else {
    set('from', from);
    set('to', to);
  }
  set('selectedEntity', singleId(params.get('sel')));
  set('selectedEvent', singleId(params.get('ev')));
  // Not idList: a person and a question may share an id, and deduplicating would drop the cell.
  const cell = params.get('cell')?.split(',');
  if (cell?.length === 2 && cell.every((id) => ID.test(id))) {
    out.selectedCell = { personId: cell[0] as string, questionId: cell[1] as string };
  }
  set('zoom', zoom(params.get('zoom')));
  set('sort', oneOf(MATRIX_SORTS, params.get('sort')));
  set('sortRef', singleId(params.get('ref')));
  const compare = idList(params.get('cmp'));
  if (compare && compare.length === 2) out.compare = [compare[0] as string, compare[1] as string];
  set('theme', oneOf(THEMES, params.get('theme')));
  if (params.get('present') === '1') out.present = true;
  const slide = params.get('slide');
  if (slide !== null && /^[1-9]\d{0,3}$/.test(slide)) out.slide = Number(slide) - 1;
  return out;
}

export function encodeViewState(state: ViewState): string {
  const d = DEFAULT_VIEW_STATE;
  const params: [string, string][] = [];
  const add = (name: string, value: string) => params.push([name, value]);
  if (state.view !== d.view) add('view', state.view);
  if (state.color !== d.color) add('color', state.color);
  if (state.entities.length > 0) add('e', state.entities.join(','));
  if (state.pledge.length > 0) add('pledge', state.pledge.join(','));
  if (state.attendance.length > 0) add('att', state.attendance.join(','));
  if (state.questions.length > 0) add('q', state.questions.join(','));
  if (state.categories.length > 0) add('cat', state.categories.join(','));
  if (state.from !== null) add('from', state.from);
  if (state.to !== null) add('to', state.to);
  if (state.selectedEntity !== null) add('sel', state.selectedEntity);
  if (state.selectedEvent !== null) add('ev', state.selectedEvent);
  if (state.selectedCell !== null)
    add('cell', `${state.selectedCell.personId},${state.selectedCell.questionId}`);
  if (state.zoom !== null) {
    add('zoom', `${round(state.zoom.lon, 4)},${round(state.zoom.lat, 4)},${round(state.zoom.k, 3)}`);
  }
  if (state.sort !== d.sort) add('sort', state.sort);
  if (state.sortRef !== null) add('ref', state.sortRef);
  if (state.compare !== null) add('cmp', state.compare.join(','));
  if (state.theme !== d.theme) add('theme', state.theme);
  if (state.present) add('present', '1');
  if (state.slide !== d.slide) add('slide', String(state.slide + 1));
  // Commas and colons stay readable in links; URLSearchParams would escape them.
  return params
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`)
    .join('&');
}

/** The full state a query string describes: defaults plus every valid parameter. */
export function viewStateFromSearch(search: string): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...decodeViewState(search) };
}
