/**
 * Map layout: every shape projected once per map size (path string, area, anchor), and one mark
 * per dataset entity: a country's anchor on the map, or a badge in the strip under the map for an
 * organisation. Small states get a marker whenever their shape is too small on screen to hit.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Entity } from '../data/schema';
import type { Point } from './mapProjection';
import { entityCode, type World } from './mapWorld';

/** Below this on-screen area (px²) a country also gets a circle marker: about a 34 px square. */
export const SMALL_AREA_PX = 1150;
export const MARKER_RADIUS = 6;
/** Organisation badges sit in a strip below the drawing; its centre line, in px below the map. */
export const ORG_STRIP_OFFSET = 22;

/** Anchor overrides [lon, lat] where the largest polygon's centroid is a poor place for a mark. */
export const ANCHOR_OVERRIDES: Readonly<Record<string, Point>> = {
  '643': [38, 54], // Russia: south of Moscow, inside the Europe view, not central Siberia
};

/**
 * Where a country not taking part is labelled, [lon, lat], when the view shows that point well inside:
 * Russia's name goes on Siberia in the world view, not over the Baltic's crowded markers, and China's
 * on its west, clear of Japan's marker on a phone. Elsewhere (the Europe view) the label stays at the
 * country's anchor.
 */
export const LABEL_ANCHORS: Readonly<Record<string, Point>> = { '643': [112, 68], '156': [93, 30] };

export interface ProjectedShape {
  key: string;
  code: string | null;
  name: string;
  /** SVG path in base (k = 1) pixels. */
  d: string;
  /** Projected area in base px². */
  area: number;
  anchor: Point;
}

export interface EntityMark {
  entityId: string;
  /** Base-space anchor (k = 1). */
  anchor: Point;
  /** Base-space area of the shape; 0 when the country is only a point at this scale. */
  area: number;
  shapeKey: string | null;
  /** Base-space point preferred for its label, when on screen (`LABEL_ANCHORS`). */
  labelAnchor?: Point;
}

export interface MapLayout {
  shapes: ProjectedShape[];
  /** Country marks, in dataset order. */
  marks: EntityMark[];
  /** Organisations, in dataset order, drawn as badges under the map. */
  orgIds: string[];
  /** Entities that cannot be placed (no known shape or point): listed, not drawn. */
  unplaced: string[];
}

function largestPolygon(path: ReturnType<typeof geoPath>, g: GeoJSON.Polygon | GeoJSON.MultiPolygon) {
  if (g.type === 'Polygon') return g;
  let best: GeoJSON.Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const poly: GeoJSON.Polygon = { type: 'Polygon', coordinates };
    const a = path.area(poly);
    if (a > bestArea) [best, bestArea] = [poly, a];
  }
  return best ?? g;
}

export function projectShapes(world: World, projection: GeoProjection): ProjectedShape[] {
  const path = geoPath(projection).digits(2);
  return world.shapes.map((s) => {
    const override = s.code === null ? undefined : ANCHOR_OVERRIDES[s.code];
    const anchor = (override && projection(override)) ?? path.centroid(largestPolygon(path, s.geometry));
    return {
      key: s.key,
      code: s.code,
      name: s.name,
      d: path(s.geometry) ?? '',
      area: path.area(s.geometry),
      anchor,
    };
  });
}

export function layoutEntities(
  world: World,
  shapes: readonly ProjectedShape[],
  entities: readonly Entity[],
  projection: GeoProjection,
): MapLayout {
  const shapeByCode = new Map(shapes.filter((s) => s.code !== null).map((s) => [s.code, s]));
  const pointByCode = new Map(world.points.map((p) => [p.code, p]));
  const marks: EntityMark[] = [];
  const orgIds: string[] = [];
  const unplaced: string[] = [];
  for (const entity of entities) {
    if (entity.kind === 'organization') {
      orgIds.push(entity.id);
      continue;
    }
    const code = entityCode(entity);
    const shape = code === null ? undefined : shapeByCode.get(code);
    const point = code === null ? undefined : pointByCode.get(code);
    const anchor = shape?.anchor ?? (point && projection(point.lonLat));
    if (!anchor) {
      unplaced.push(entity.id);
      continue;
    }
    const labelAt = code === null ? undefined : LABEL_ANCHORS[code];
    const labelAnchor = labelAt && projection(labelAt);
    marks.push({
      entityId: entity.id,
      anchor,
      area: shape?.area ?? 0,
      shapeKey: shape?.key ?? null,
      ...(labelAnchor ? { labelAnchor } : {}),
    });
  }
  return { shapes: [...shapes], marks, orgIds, unplaced };
}

/** Whether a country needs a circle marker at zoom k: its shape covers less than SMALL_AREA_PX. */
export function needsMarker(mark: EntityMark, k: number): boolean {
  return mark.area * k * k < SMALL_AREA_PX;
}

/**
 * Where keyboard travel places the i-th of n organisation badges: evenly along the strip under the
 * map, so "down" from the south of the map reaches them and left/right moves between them.
 */
export function orgSlot(i: number, n: number, width: number, height: number): Point {
  return [(width * (i + 0.5)) / n, height + ORG_STRIP_OFFSET];
}

export interface LabelPlacement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The preferred label point (screen px) if it is well inside the map, else the anchor. */
export function outsiderAnchor(
  preferred: Point | undefined,
  anchor: Point,
  width: number,
  height: number,
): Point {
  const inside =
    preferred &&
    preferred[0] > 80 &&
    preferred[0] < width - 80 &&
    preferred[1] > 30 &&
    preferred[1] < height - 40;
  return inside ? preferred : anchor;
}

/**
 * Where a two-line outsider label ("Russia / not taking part") goes: at its anchor, hanging inwards
 * near an edge, and held inside the map when zoom puts the anchor outside (a large country's land
 * may still fill that edge). Null when no place it is pulled to has the country's own land under the
 * whole label (`textWidth`, its widest line, in px).
 */
export function placeOutsiderLabel(
  at: Point,
  width: number,
  height: number,
  rightInset: number,
  onOwnLand: (screen: Point) => boolean,
  textWidth: number,
): LabelPlacement | null {
  const [ax, ay] = at;
  const right = width - rightInset - 8;
  const anchor = ax > right - 56 ? 'end' : ax < 64 ? 'start' : 'middle';
  // The first line's baseline sits a line below the top; the second line hangs 1.2em below it. The
  // land is checked from the first line's cap height (10 px up) to the second's descent (18 px down).
  const x = Math.min(right, Math.max(8, ax));
  const y = Math.min(height - 24, Math.max(16, ay));
  // The label must stand on the country's own land, not on a neighbour's: its corners and middle are
  // checked. Centred on its anchor, it may shift sideways a little off a neighbour; where no shift
  // clears it, the anchor is on the country and the label stays there. Hung
  // from an edge or pulled in, where only a strip of the country is in view (European Russia on a
  // phone), it climbs to where the strip is wide enough, or is left out.
  const centred = anchor === 'middle' && x === ax && y === ay;
  const shifts = centred ? [0, 12, -12, 24, -24, 36, -36] : [0];
  const left = anchor === 'end' ? x - textWidth : anchor === 'start' ? x : x - textWidth / 2;
  for (let top = y; top >= 16 && top > y - 100; top -= 12) {
    for (const dx of shifts) {
      const l = left + dx;
      if (l < 8 || l + textWidth > right) continue;
      const points: Point[] = [
        [l + textWidth / 2, top],
        [l, top - 10],
        [l + textWidth, top - 10],
        [l, top + 18],
        [l + textWidth, top + 18],
      ];
      if (points.every(onOwnLand)) return { x: x + dx, y: top, anchor };
    }
    if (centred) break;
  }
  return centred ? { x, y, anchor } : null;
}

/**
 * Is a point (in projected, unzoomed pixels) inside a country's shape? Even-odd over every ring, its
 * vertices projected one by one: a few hundred bytes where d3's spherical geoContains cost more than
 * the bundle had left, and exact enough to tell a country's land from its neighbour's.
 */
export function shapeContains(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  projection: GeoProjection,
  [px, py]: Point,
): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const ring of polygons.flat()) {
    let prev = projection(ring[ring.length - 1] as [number, number]);
    for (const vertex of ring) {
      const cur = projection(vertex as [number, number]);
      if (cur && prev && cur[1] > py !== prev[1] > py) {
        const crossX = cur[0] + ((prev[0] - cur[0]) * (py - cur[1])) / (prev[1] - cur[1]);
        if (px < crossX) inside = !inside;
      }
      prev = cur;
    }
  }
  return inside;
}
