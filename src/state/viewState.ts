/**
 * Everything a person can set that changes what they see. Each field here is shareable: the URL
 * codec writes the non-default ones into the query string, so a link restores the exact view.
 * Hover and other passing state lives beside it in the store but never in the URL.
 */
import type { Attendance, PledgeStatus, Position, SummitEvent } from '../data/schema';

export const COLOR_BYS = ['role', 'attendance', 'pledge'] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

export const MATRIX_SORTS = ['group', 'name', 'country', 'stated', 'agreement'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/** Which view is shown large; `all` shows the three side by side. */
export const LAYOUTS = ['all', 'map', 'matrix', 'timeline'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export interface MapZoom {
  lon: number;
  lat: number;
  /** Zoom factor, 1 = the default Europe view. */
  k: number;
}

export interface StanceCellRef {
  personId: string;
  questionId: string;
}

export interface ViewState {
  view: Layout;
  color: ColorBy;
  /** Entity filter: ids of countries and organisations; empty = all. */
  entities: string[];
  pledge: PledgeStatus[];
  attendance: Attendance[];
  questions: string[];
  categories: string[];
  /** Date range, inclusive calendar dates; null = open. */
  from: string | null;
  to: string | null;
  selectedEntity: string | null;
  selectedEvent: string | null;
  selectedCell: StanceCellRef | null;
  zoom: MapZoom | null;
  sort: MatrixSort;
  /** The leader that "agreement" sorting compares against. */
  sortRef: string | null;
  compare: [string, string] | null;
  theme: Theme;
  /** Presenting mode and its current slide (index into `story`). */
  present: boolean;
  slide: number;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'all',
  color: 'role',
  entities: [],
  pledge: [],
  attendance: [],
  questions: [],
  categories: [],
  from: null,
  to: null,
  selectedEntity: null,
  selectedEvent: null,
  selectedCell: null,
  zoom: null,
  sort: 'group',
  sortRef: null,
  compare: null,
  theme: 'system',
  present: false,
  slide: 0,
};

/** Passing interaction state shared by the linked views; never written to the URL. */
export interface HoverState {
  hoveredEntity: string | null;
  hoveredPerson: string | null;
  /** A timeline event: the map and the matrix link every entity and person it names. */
  hoveredEvent: Pick<SummitEvent, 'id' | 'entityIds' | 'personIds'> | null;
  hoveredPosition: Position | null;
  /** The entity whose full profile panel is open, on request from a view's detail. */
  profileEntity: string | null;
}

export const EMPTY_HOVER: HoverState = {
  hoveredEntity: null,
  hoveredPerson: null,
  hoveredEvent: null,
  hoveredPosition: null,
  profileEntity: null,
};
