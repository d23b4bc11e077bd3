import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildGeometry, OUTPUT } from '../../scripts/build-geometry';
import { ISO3_TO_NUMERIC } from '../../src/data/iso3';
import { decodeWorld } from '../../src/model/mapWorld';

const text = readFileSync(OUTPUT, 'utf8');
const topology = JSON.parse(text) as Topology<{ countries: GeometryCollection; points: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries).features;
const byName = (name: string) => {
  const f = countries.find((c) => (c.properties as { name: string }).name === name);
  if (!f) throw new Error(`${name} missing`);
  return f;
};
const ukraine = byName('Ukraine');
const russia = byName('Russia');

describe('public/geo/world.topo.json', () => {
  it('is exactly what scripts/build-geometry.ts builds (deterministic and up to date)', () => {
    const first = buildGeometry();
    expect(buildGeometry()).toBe(first);
    expect(text).toBe(first);
  });

  it('stays small: at most 45 KB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(45 * 1024);
  });

  it.each([
    ['Simferopol', [34.1, 44.95]],
    ['Sevastopol', [33.52, 44.6]],
    ['Dzhankoi', [34.4, 45.71]],
  ] as const)(
    'puts %s, in Crimea, inside Ukraine and not Russia (UNGA resolution 68/262)',
    (_name, point) => {
      expect(geoContains(ukraine, [...point])).toBe(true);
      expect(geoContains(russia, [...point])).toBe(false);
    },
  );

  it('leaves the rest of Russia and Ukraine where they were', () => {
    expect(geoContains(russia, [37.62, 55.75])).toBe(true); // Moscow
    expect(geoContains(russia, [20.5, 54.7])).toBe(true); // Kaliningrad
    expect(geoContains(ukraine, [30.52, 50.45])).toBe(true); // Kyiv
    expect(geoContains(russia, [30.52, 50.45])).toBe(false);
  });

  it('merges Northern Cyprus into Cyprus and Somaliland into Somalia', () => {
    expect(geoContains(byName('Cyprus'), [33.32, 35.34])).toBe(true); // Kyrenia
    expect(geoContains(byName('Somalia'), [44.06, 9.56])).toBe(true); // Hargeisa
    const names = countries.map((c) => (c.properties as { name: string }).name);
    expect(names).not.toContain('N. Cyprus');
    expect(names).not.toContain('Somaliland');
    expect(names).not.toContain('Antarctica');
  });

  it('adds Malta from the 1:50m data', () => {
    expect(geoContains(byName('Malta'), [14.45, 35.9])).toBe(true);
    expect(countries.find((c) => c.id === '470')).toBeDefined();
  });

  it('keeps only the name property and numeric ids', () => {
    for (const c of countries) expect(Object.keys(c.properties ?? {})).toEqual(['name']);
    expect(Object.keys(topology.objects)).toEqual(['countries', 'points']);
  });

  it('places every country of the summit, as a shape or as a point', () => {
    const world = decodeWorld(topology);
    const known = new Set([...world.shapes.map((s) => s.code), ...world.points.map((p) => p.code)]);
    const iso3 =
      'ALB AUS AUT BEL BGR CAN CHN CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV IRL ISL ITA JPN LTU LUX LVA MLT MNE MKD NLD NOR NZL POL PRT ROU RUS SVK SVN SWE TUR UKR USA MDA SGP MCO';
    const missing = iso3.split(' ').filter((code) => !known.has(ISO3_TO_NUMERIC.get(code) ?? '?'));
    expect(missing).toEqual([]);
    expect(world.points.find((p) => p.code === '702')?.name).toBe('Singapore');
  });
});
