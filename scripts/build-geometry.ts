/**
 * npx tsx scripts/build-geometry.ts [--check]
 *
 * Builds public/geo/world.topo.json, the map's only geometry, from the world-atlas package
 * (Natural Earth 1:110m countries). Works on the TopoJSON arcs directly, so no encoder is needed:
 *
 * - Borders follow international recognition (UN): Crimea, which Natural Earth draws as a polygon of
 *   Russia, is moved into Ukraine (UNGA resolution 68/262); "N. Cyprus" is merged into Cyprus
 *   (UNSC resolution 541) and Somaliland into Somalia. Kosovo stays as drawn by the source.
 * - Malta, missing at 1:110m, gets its 1:50m shape, re-quantised onto the 1:110m grid.
 * - Every other country missing at 1:110m becomes a point (centroid of its largest 1:50m polygon),
 *   so a dataset entity there still gets a marker.
 * - Antarctica and the `land` object are dropped; unused arcs are pruned; only `name` is kept.
 *
 * The output is deterministic: `--check` exits 1 when the shipped file is not what this builds.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type {
  Arc,
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Point,
  Polygon,
  Topology,
  Transform,
} from 'topojson-specification';

type Props = { name: string };
type Shape = (Polygon<Props> | MultiPolygon<Props>) & { id?: string | number };
type Countries = Topology<{ countries: GeometryCollection<Props> }>;
type ArcIndexes = number[][]; // one polygon: rings of arc indexes

export const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../public/geo/world.topo.json');
const SIMFEROPOL: [number, number] = [34.1, 44.95];
const ANTARCTICA = '010';

const require = createRequire(import.meta.url);
function readAtlas(name: string): Countries {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Countries;
}

function polygonsOf(g: Shape): ArcIndexes[] {
  return g.type === 'Polygon' ? [g.arcs] : g.arcs;
}

function withPolygons(g: Shape, polygons: ArcIndexes[]): Shape {
  const base = {
    ...(g.id === undefined ? {} : { id: g.id }),
    properties: { name: g.properties?.name ?? '' },
  };
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', arcs: only, ...base }
    : { type: 'MultiPolygon', arcs: polygons, ...base };
}

/** Merges `extra` polygons into `target`, dissolving the arcs they share (e.g. the Perekop isthmus). */
function absorb(topology: Countries, target: Shape, extra: ArcIndexes[]): Shape {
  const merged = mergeArcs(topology, [
    { type: 'MultiPolygon', arcs: polygonsOf(target).map((p) => p.map((r) => [...r])) },
    { type: 'MultiPolygon', arcs: extra.map((p) => p.map((r) => [...r])) },
  ]);
  return withPolygons(target, merged.arcs);
}

function quantise(transform: Transform, [lon, lat]: number[]): [number, number] {
  return [
    Math.round((lon! - transform.translate[0]) / transform.scale[0]),
    Math.round((lat! - transform.translate[1]) / transform.scale[1]),
  ];
}

/** A ring in degrees → one delta-encoded arc on `transform`'s grid (repeated points dropped). */
function encodeRing(transform: Transform, ring: number[][]): Arc {
  const points: [number, number][] = [];
  for (const p of ring) {
    const q = quantise(transform, p);
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
  return points.map((p, i) => (i === 0 ? p : [p[0] - points[i - 1]![0], p[1] - points[i - 1]![1]]));
}

function largestPolygon(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Polygon {
  if (g.type === 'Polygon') return g;
  const polys = g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Keeps only the arcs the geometries use, renumbered in their original order. */
function pruneArcs(arcs: Arc[], geometries: Shape[]): { arcs: Arc[]; geometries: Shape[] } {
  const used = new Set<number>();
  for (const g of geometries)
    for (const p of polygonsOf(g)) for (const r of p) for (const a of r) used.add(a < 0 ? ~a : a);
  const order = [...used].sort((a, b) => a - b);
  const remap = new Map(order.map((old, i) => [old, i]));
  const map = (a: number) => (a < 0 ? ~remap.get(~a)! : remap.get(a)!);
  return {
    arcs: order.map((i) => arcs[i]!),
    geometries: geometries.map((g) =>
      withPolygons(
        g,
        polygonsOf(g).map((p) => p.map((r) => r.map(map))),
      ),
    ),
  };
}

export function buildGeometry(): string {
  const world = readAtlas('countries-110m.json');
  const fine = readAtlas('countries-50m.json');
  const transform = world.transform!;
  const arcs = world.arcs.map((arc) => arc.map((p) => [...p]));
  let shapes = world.objects.countries.geometries.filter((g): g is Shape => g.type !== null) as Shape[];
  const byId = (id: string) => {
    const g = shapes.find((s) => s.id === id);
    if (!g) throw new Error(`country ${id} missing from world-atlas`);
    return g;
  };
  const replace = (old: Shape, next: Shape) => (shapes = shapes.map((s) => (s === old ? next : s)));

  // Crimea: the one polygon of Russia that contains Simferopol moves to Ukraine.
  const russia = byId('643');
  const rusPolygons = polygonsOf(russia);
  const crimea = rusPolygons.filter((p) =>
    geoContains(feature(world, { type: 'Polygon', arcs: p } as Polygon) as GeoJSON.Feature, SIMFEROPOL),
  );
  if (crimea.length !== 1) throw new Error(`expected one Crimea polygon in Russia, found ${crimea.length}`);
  replace(
    russia,
    withPolygons(
      russia,
      rusPolygons.filter((p) => p !== crimea[0]),
    ),
  );
  const ukraine = byId('804');
  replace(ukraine, absorb(world, ukraine, crimea));

  // Territories drawn apart by Natural Earth but recognised as part of a UN member state.
  for (const [name, into] of [
    ['N. Cyprus', '196'],
    ['Somaliland', '706'],
  ] as const) {
    const part = shapes.find((s) => s.id === undefined && s.properties?.name === name);
    if (!part) throw new Error(`${name} missing from world-atlas`);
    shapes = shapes.filter((s) => s !== part);
    const target = byId(into);
    replace(target, absorb(world, target, polygonsOf(part)));
  }

  shapes = shapes.filter((s) => s.id !== ANTARCTICA);

  // Malta at 1:50m, re-quantised onto the 1:110m grid as new arcs.
  const malta50 = fine.objects.countries.geometries.find((g) => g.id === '470') as Shape;
  const maltaGeo = (feature(fine, malta50 as GeometryObject) as GeoJSON.Feature)
    .geometry as GeoJSON.MultiPolygon;
  const maltaPolygons = maltaGeo.coordinates.map((poly) =>
    poly.map((ring) => {
      arcs.push(encodeRing(transform, ring));
      return [arcs.length - 1];
    }),
  );
  shapes.push(
    withPolygons({ type: 'MultiPolygon', arcs: [], id: '470', properties: { name: 'Malta' } }, maltaPolygons),
  );

  const pruned = pruneArcs(arcs, shapes);
  const have = new Set(pruned.geometries.map((g) => g.id));
  const points: Point<Props>[] = fine.objects.countries.geometries
    .filter((g) => g.id !== undefined && g.id !== ANTARCTICA && !have.has(g.id) && g.type !== null)
    .map((g) => {
      const geo = (feature(fine, g) as GeoJSON.Feature).geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const name = (g.properties as Props).name;
      return {
        type: 'Point',
        coordinates: quantise(transform, geoCentroid(largestPolygon(geo))),
        id: g.id,
        properties: { name },
      };
    });

  const out = {
    type: 'Topology',
    transform,
    objects: {
      countries: { type: 'GeometryCollection', geometries: pruned.geometries },
      points: { type: 'GeometryCollection', geometries: points },
    },
    arcs: pruned.arcs,
  };
  return `${JSON.stringify(out)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = buildGeometry();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run npx tsx scripts/build-geometry.ts`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date`);
  } else {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT} (${text.length} bytes)`);
  }
}
