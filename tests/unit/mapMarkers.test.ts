import { readFileSync } from 'node:fs';
import { geoIdentity, type GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/data/schema';
import {
  layoutEntities,
  outsiderAnchor,
  placeOutsiderLabel,
  shapeContains,
  needsMarker,
  orgSlot,
  ORG_STRIP_OFFSET,
  projectShapes,
  SMALL_AREA_PX,
  type EntityMark,
} from '../../src/model/mapMarkers';
import { baseProjection } from '../../src/model/mapProjection';
import { decodeWorld } from '../../src/model/mapWorld';
import { loadFixture } from '../helpers/renderWithStore';

const world = decodeWorld(JSON.parse(readFileSync('public/geo/world.topo.json', 'utf8')));
const projection = baseProjection(800, 480);
const shapes = projectShapes(world, projection);
const summit = loadFixture('valid-small.json');
const layout = layoutEntities(world, shapes, summit.entities, projection);
const mark = (id: string) => layout.marks.find((m) => m.entityId === id)!;
const lonLat = (m: EntityMark) => projection.invert!(m.anchor)!;

const country = (id: string, iso3: string): Entity => ({
  id,
  kind: 'country',
  iso3,
  name: id,
  participation: { role: 'member', attendance: 'video', representedBy: [] },
  sourceIds: [],
});

describe('layoutEntities', () => {
  it('places each country of the fixture at its anchor, in base pixels', () => {
    expect(layout.marks.map((m) => [m.entityId, m.shapeKey])).toEqual([
      ['fra', '250'],
      ['gbr', '826'],
      ['ita', '380'],
      ['lux', '442'],
      ['ukr', '804'],
      ['usa', '840'],
      ['rus', '643'],
    ]);
    expect(mark('fra').anchor[0]).toBeCloseTo(324.387, 3);
    expect(mark('fra').anchor[1]).toBeCloseTo(305.592, 3);
    expect(mark('lux').area).toBeCloseTo(39.11, 2);
  });

  it('anchors France in the mainland, not pulled towards French Guiana, and the US in the lower 48', () => {
    const [lon, lat] = lonLat(mark('fra'));
    expect(lon).toBeCloseTo(2.347, 2);
    expect(lat).toBeCloseTo(46.56, 2);
    const [ulon, ulat] = lonLat(mark('usa'));
    expect(ulon).toBeGreaterThan(-105);
    expect(ulon).toBeLessThan(-90);
    expect(ulat).toBeCloseTo(39.31, 1);
  });

  it('anchors Russia west of the Urals so its mark is inside the Europe view', () => {
    const [lon, lat] = lonLat(mark('rus'));
    expect(lon).toBeCloseTo(38, 6);
    expect(lat).toBeCloseTo(54, 6);
  });

  it('sends organisations to the badge strip and lists what it cannot place', () => {
    expect(layout.orgIds).toEqual(['nato']);
    const extra = layoutEntities(
      world,
      shapes,
      [country('sgp', 'SGP'), country('ata', 'ATA'), { ...country('xkx', 'XKX') }],
      projection,
    );
    expect(extra.marks.map((m) => [m.entityId, m.shapeKey, m.area])).toEqual([['sgp', null, 0]]);
    expect(extra.unplaced).toEqual(['ata', 'xkx']);
  });
});

describe('needsMarker', () => {
  it('marks small states while they are tiny on screen, and drops the marker once zoomed in', () => {
    expect(needsMarker(mark('lux'), 1)).toBe(true);
    expect(needsMarker(mark('lux'), 5)).toBe(true); // 39.11 × 25 = 978 px²
    expect(needsMarker(mark('lux'), 6)).toBe(false); // 1408 px²
    expect(needsMarker(mark('fra'), 1)).toBe(false);
    expect(needsMarker(mark('fra'), 0.2)).toBe(true); // the world view
  });

  it('uses a 1150 px² threshold: about a 34 px square', () => {
    expect(SMALL_AREA_PX).toBe(1150);
    const at = (area: number): EntityMark => ({ entityId: 'x', anchor: [0, 0], area, shapeKey: 'x' });
    expect(needsMarker(at(1149.99), 1)).toBe(true);
    expect(needsMarker(at(1150), 1)).toBe(false);
    expect(needsMarker(at(0), 64)).toBe(true);
  });

  it('gives every small state the brief names a marker on a laptop-sized map', () => {
    const names = [
      'Luxembourg',
      'Cyprus',
      'Montenegro',
      'Albania',
      'Slovenia',
      'Estonia',
      'Latvia',
      'Lithuania',
      'Malta',
    ];
    for (const name of names) {
      const s = shapes.find((x) => x.name === name)!;
      expect(needsMarker({ entityId: name, anchor: s.anchor, area: s.area, shapeKey: s.key }, 1), name).toBe(
        true,
      );
    }
  });
});

describe('orgSlot', () => {
  it('spreads badges evenly along the strip under the map', () => {
    expect(orgSlot(0, 3, 900, 480)).toEqual([150, 480 + ORG_STRIP_OFFSET]);
    expect(orgSlot(1, 3, 900, 480)).toEqual([450, 502]);
    expect(orgSlot(2, 3, 900, 480)).toEqual([750, 502]);
  });
});

describe('placeOutsiderLabel', () => {
  // A 600 × 400 map whose zoom buttons take the right 56 px. The country's land is x ≥ 450, and
  // x ≥ 350 above y = 150: a strip at the edge that widens northwards, as European Russia on a phone.
  const asked: number[][] = [];
  const onLand = ([x, y]: [number, number]) => {
    asked.push([x, y]);
    return x >= 450 || (y < 150 && x >= 350);
  };
  const place = (x: number, y: number) => placeOutsiderLabel([x, y], 600, 400, 56, onLand, 84);

  it('puts the label at its anchor, centred, away from the edges, and keeps it there if no small shift clears it', () => {
    asked.length = 0;
    expect(place(300, 200)).toEqual({ x: 300, y: 200, anchor: 'middle' });
    expect(asked.length).toBeGreaterThan(0);
  });

  it("shifts a centred label sideways off a neighbour's land, at its own height", () => {
    // Centred at 480, its left edge (438) is on the neighbour's side of x = 450; 12 px right clears it.
    expect(place(480, 250)).toEqual({ x: 492, y: 250, anchor: 'middle' });
    // Clear already: it stays where it is.
    expect(place(470, 120)).toEqual({ x: 470, y: 120, anchor: 'middle' });
  });

  it('hangs it inwards near an edge, clear of the zoom buttons, checking its corners and middle', () => {
    asked.length = 0;
    expect(place(536, 200)).toEqual({ x: 536, y: 200, anchor: 'end' });
    expect(asked).toEqual([
      [494, 200],
      [452, 190],
      [536, 190],
      [452, 218],
      [536, 218],
    ]);
  });

  it('climbs to where the strip of land is wide enough for the whole label', () => {
    // At y = 200 the label (436–520) would reach past the land's edge at 450.
    expect(place(520, 200)).toEqual({ x: 520, y: 128, anchor: 'end' });
  });

  it('pulls it inside when zoom puts the anchor just outside the map, onto the country’s own land', () => {
    expect(place(650, 420)).toEqual({ x: 536, y: 376, anchor: 'end' });
  });

  it('leaves it out rather than stand it on a neighbour', () => {
    expect(place(-50, -30)).toBeNull();
    expect(place(40, 200)).toBeNull(); // hung from the left edge, over the neighbour
  });

  it('pulls it in from however far, as long as it lands on the country', () => {
    expect(place(5000, 200)).toEqual({ x: 536, y: 200, anchor: 'end' });
    expect(place(300, -900)).toBeNull(); // pulled to (300, 16): not its land
  });
});

describe('outsiderAnchor', () => {
  it('labels Russia on Siberia when the view shows it, at its own anchor otherwise', () => {
    const [lon, lat] = projection.invert!(mark('rus').labelAnchor!)!;
    expect([lon, lat].map(Math.round)).toEqual([112, 68]);
    expect(mark('fra').labelAnchor).toBeUndefined();
    expect(outsiderAnchor([300, 100], [100, 200], 600, 400)).toEqual([300, 100]);
    // Near an edge, off screen, or none: the anchor.
    expect(outsiderAnchor([560, 100], [100, 200], 600, 400)).toEqual([100, 200]);
    expect(outsiderAnchor([300, 10], [100, 200], 600, 400)).toEqual([100, 200]);
    expect(outsiderAnchor([900, 100], [100, 200], 600, 400)).toEqual([100, 200]);
    expect(outsiderAnchor(undefined, [100, 200], 600, 400)).toEqual([100, 200]);
  });
});

describe('shapeContains', () => {
  // Pixels as degrees, so the rings read as drawn.
  const flat = geoIdentity() as unknown as GeoProjection;
  const square = (x0: number, y0: number, size: number) => [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];

  it('tells a point on the land from one beside it, minding holes and islands', () => {
    const land: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 10), square(4, 4, 2)], [square(20, 0, 5)]],
    };
    expect(shapeContains(land, flat, [2, 2])).toBe(true);
    expect(shapeContains(land, flat, [5, 5])).toBe(false); // the hole
    expect(shapeContains(land, flat, [22, 2])).toBe(true); // the island
    expect(shapeContains(land, flat, [15, 2])).toBe(false); // the sea between
  });
});
