/**
 * The shipped geometry (public/geo/world.topo.json, built by scripts/build-geometry.ts) decoded
 * into plain GeoJSON shapes and points. Shapes are keyed by their ISO 3166-1 numeric code, which
 * `ISO3_TO_NUMERIC` links to dataset entities.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ISO3_TO_NUMERIC } from '../data/iso3';
import type { Entity } from '../data/schema';

export interface WorldShape {
  /** ISO numeric code, or "name:…" for shapes without one (Kosovo). */
  key: string;
  code: string | null;
  name: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export interface WorldPoint {
  code: string;
  name: string;
  lonLat: [number, number];
}

export interface World {
  shapes: WorldShape[];
  points: WorldPoint[];
}

type Props = { name?: string } | null;

function isTopology(
  value: unknown,
): value is Topology<{ countries: GeometryCollection; points: GeometryCollection }> {
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
  return v?.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

export function decodeWorld(topology: unknown): World {
  if (!isTopology(topology)) throw new Error('the map geometry is not a TopoJSON world');
  const shapes: WorldShape[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const name = (f.properties as Props)?.name ?? '';
    const code = f.id === undefined ? null : String(f.id);
    shapes.push({ key: code ?? `name:${name}`, code, name, geometry: g });
  }
  const points: WorldPoint[] = [];
  if (topology.objects.points) {
    for (const f of feature(topology, topology.objects.points).features) {
      if (f.geometry.type !== 'Point' || f.id === undefined) continue;
      const [lon, lat] = f.geometry.coordinates;
      points.push({ code: String(f.id), name: (f.properties as Props)?.name ?? '', lonLat: [lon!, lat!] });
    }
  }
  return { shapes, points };
}

/** The ISO numeric code a country entity is drawn with, if any. */
export function entityCode(entity: Entity): string | null {
  if (entity.kind !== 'country' || entity.iso3 === undefined) return null;
  return ISO3_TO_NUMERIC.get(entity.iso3) ?? null;
}
