/**
 * Map projection and zoom maths. The map projects every shape once per size with a "base"
 * projection fitted to Europe (k = 1); zoom and pan are a uniform scale + translation on top:
 * screen = k · base + (x, y). The store keeps that as {lon, lat, k}: the geographic centre of the
 * view and the zoom factor, so a link restores the same view at any window size.
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { MapZoom } from '../state/viewState';

/** Central meridian of the map: 15° E keeps Europe undistorted and puts Canada and New Zealand at the edges. */
export const CENTRAL_MERIDIAN = 15;
export const MAP_PADDING = 8;
export const MAX_K = 32;
const LAT_LIMITS: [number, number] = [-60, 84];

function frame(lon0: number, lon1: number, lat0: number, lat1: number, step: number): GeoJSON.MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = lon0; lon <= lon1 + 1e-9; lon += step) coordinates.push([lon, lat0], [lon, lat1]);
  for (let lat = lat0; lat <= lat1 + 1e-9; lat += step) coordinates.push([lon0, lat], [lon1, lat]);
  return { type: 'MultiPoint', coordinates };
}

/** Iceland to the Don, Crete/Cyprus to the North Cape: every European participant at k = 1. */
export const EUROPE_FRAME = frame(-25, 45, 34, 71, 1);
/** Every inhabited continent, for the "World" view. */
export const WORLD_FRAME = frame(CENTRAL_MERIDIAN - 179.9, CENTRAL_MERIDIAN + 179.9, -56, 84, 2);

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export type Point = [number, number];

/** The k = 1 projection for a map of this size: Natural Earth, Europe fitted inside the padding. */
export function baseProjection(width: number, height: number): GeoProjection {
  return geoNaturalEarth1()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [width - MAP_PADDING, height - MAP_PADDING],
      ],
      EUROPE_FRAME,
    );
}

function project(projection: GeoProjection, lonLat: Point): Point {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return p;
}

/** Base-space point → [lon, lat]; points beyond the world's outline are pulled back onto it. */
export function invertClamped(projection: GeoProjection, [x, y]: Point): Point {
  const top = project(projection, [CENTRAL_MERIDIAN, LAT_LIMITS[1]])[1];
  const bottom = project(projection, [CENTRAL_MERIDIAN, LAT_LIMITS[0]])[1];
  const cy = Math.min(bottom, Math.max(top, y));
  const mid = project(projection, [CENTRAL_MERIDIAN, 0])[0];
  const roundTrips = (px: number) => {
    const ll = projection.invert?.([px, cy]);
    if (!ll || !ll.every(Number.isFinite)) return null;
    const back = projection(ll);
    return back && Math.abs(back[0] - px) < 1e-6 * (1 + Math.abs(px)) ? ll : null;
  };
  const direct = roundTrips(x);
  if (direct) return direct;
  let inside = mid;
  let outside = x;
  for (let i = 0; i < 40; i++) {
    const m = (inside + outside) / 2;
    if (roundTrips(m)) inside = m;
    else outside = m;
  }
  return roundTrips(inside) ?? [CENTRAL_MERIDIAN, 0];
}

/** Centre and k that fit a frame's bounds in the map; k relative to the base (Europe) scale. */
function fitZoom(projection: GeoProjection, geo: GeoJSON.MultiPoint, width: number, height: number): MapZoom {
  const pts = geo.coordinates.map((c) => project(projection, c as Point));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((width - 2 * MAP_PADDING) / (x1 - x0), (height - 2 * MAP_PADDING) / (y1 - y0));
  const [lon, lat] = invertClamped(projection, [(x0 + x1) / 2, (y0 + y1) / 2]);
  return { lon, lat, k };
}

/** The default (Europe) view as an explicit zoom: the frame centre at k = 1. */
export function europeZoom(projection: GeoProjection, width: number, height: number): MapZoom {
  return fitZoom(projection, EUROPE_FRAME, width, height);
}

export function worldZoom(projection: GeoProjection, width: number, height: number): MapZoom {
  return fitZoom(projection, WORLD_FRAME, width, height);
}

/** Smallest zoom allowed: a little below the world view. */
export function minK(projection: GeoProjection, width: number, height: number): number {
  return worldZoom(projection, width, height).k * 0.9;
}

export function toTransform(
  projection: GeoProjection,
  zoom: MapZoom | null,
  width: number,
  height: number,
): ViewTransform {
  if (zoom === null) return { k: 1, x: 0, y: 0 };
  const [cx, cy] = project(projection, [zoom.lon, zoom.lat]);
  return { k: zoom.k, x: width / 2 - zoom.k * cx, y: height / 2 - zoom.k * cy };
}

export function fromTransform(
  projection: GeoProjection,
  t: ViewTransform,
  width: number,
  height: number,
): MapZoom {
  const [lon, lat] = invertClamped(projection, [(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k]);
  return { lon, lat, k: t.k };
}

export function applyTransform(t: ViewTransform, [x, y]: Point): Point {
  return [t.k * x + t.x, t.k * y + t.y];
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** Zoom by `factor` keeping the point under `at` (screen px) fixed. */
export function zoomAround(t: ViewTransform, factor: number, at: Point, limits: ZoomLimits): ViewTransform {
  const k = Math.min(limits.max, Math.max(limits.min, t.k * factor));
  const f = k / t.k;
  return { k, x: at[0] - f * (at[0] - t.x), y: at[1] - f * (at[1] - t.y) };
}

export function panBy(t: ViewTransform, dx: number, dy: number): ViewTransform {
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** Rounds a zoom for the store and the URL: 4 decimals of a degree (~10 m), 3 of k. */
export function roundZoom(z: MapZoom): MapZoom {
  const r = (v: number, d: number) => Number(v.toFixed(d));
  return { lon: r(z.lon, 4), lat: r(z.lat, 4), k: r(z.k, 3) };
}

/** True when two views are the same for a reader (used to show which preset is active). */
export function sameZoom(a: MapZoom, b: MapZoom): boolean {
  return Math.abs(a.lon - b.lon) < 0.01 && Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.k - b.k) < 0.005;
}
