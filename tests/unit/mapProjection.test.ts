import { describe, expect, it } from 'vitest';
import {
  applyTransform,
  baseProjection,
  europeZoom,
  fromTransform,
  invertClamped,
  minK,
  panBy,
  roundZoom,
  sameZoom,
  toTransform,
  worldZoom,
  zoomAround,
} from '../../src/model/mapProjection';

const W = 800;
const H = 480;
const p = baseProjection(W, H);

describe('baseProjection: Natural Earth centred on 15° E, Europe fitted', () => {
  it('has the exact scale and translation for an 800 × 480 map', () => {
    expect(p.scale()).toBeCloseTo(756.07884, 4);
    expect(p.translate()[0]).toBeCloseTo(454.27104, 4);
    expect(p.translate()[1]).toBeCloseTo(925.6051, 4);
    expect(p.rotate()[0]).toBeCloseTo(-15, 9);
  });

  it('projects Paris and Kyiv to fixed pixels', () => {
    const paris = p([2.35, 48.86])!;
    const kyiv = p([30.52, 50.45])!;
    expect(paris[0]).toBeCloseTo(326.0667, 3);
    expect(paris[1]).toBeCloseTo(275.7106, 3);
    expect(kyiv[0]).toBeCloseTo(610.0985, 3);
    expect(kyiv[1]).toBeCloseTo(255.2235, 3);
  });

  it('keeps the whole Europe frame inside the padding, touching it on one axis', () => {
    for (const [lon, lat] of [
      [-25, 34],
      [45, 34],
      [-25, 71],
      [45, 71],
      [15, 34],
      [15, 71],
    ] as const) {
      const [x, y] = p([lon, lat])!;
      expect(x).toBeGreaterThanOrEqual(8 - 1e-6);
      expect(x).toBeLessThanOrEqual(W - 8 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(8 - 1e-6);
      expect(y).toBeLessThanOrEqual(H - 8 + 1e-6);
    }
    // Height-limited on a landscape map: the frame's 34° N to 71° N spans the padded height.
    expect(p([15, 34])![1] - p([15, 71])![1]).toBeCloseTo(H - 16, 0);
  });

  it('fits a phone-sized map by width instead', () => {
    const phone = baseProjection(340, 300);
    expect(phone.scale()).toBeCloseTo(322.41549, 4);
  });
});

describe('zoom presets', () => {
  it('Europe is the frame centre at k = 1, the same at any size', () => {
    const z = europeZoom(p, W, H);
    expect(z.k).toBeCloseTo(1, 9);
    expect(z.lon).toBeCloseTo(9.55535, 4);
    expect(z.lat).toBeCloseTo(51.6392, 4);
    const other = europeZoom(baseProjection(1200, 520), 1200, 520);
    expect(other.lon).toBeCloseTo(z.lon, 6);
    expect(other.lat).toBeCloseTo(z.lat, 6);
  });

  it('World centres on the central meridian and zooms out to k ≈ 0.19', () => {
    const z = worldZoom(p, W, H);
    expect(z.lon).toBeCloseTo(15, 6);
    expect(z.lat).toBeCloseTo(11.4499, 3);
    expect(z.k).toBeCloseTo(0.189645, 5);
    expect(minK(p, W, H)).toBeCloseTo(0.9 * z.k, 9);
  });
});

describe('transforms', () => {
  it('null zoom is the identity; a zoom puts its centre in the middle of the map', () => {
    expect(toTransform(p, null, W, H)).toEqual({ k: 1, x: 0, y: 0 });
    const t = toTransform(p, { lon: 2.35, lat: 48.86, k: 2 }, W, H);
    expect(t.k).toBe(2);
    expect(t.x).toBeCloseTo(-252.13345, 4);
    expect(t.y).toBeCloseTo(-311.42112, 4);
    const [x, y] = applyTransform(t, p([2.35, 48.86])!);
    expect(x).toBeCloseTo(W / 2, 9);
    expect(y).toBeCloseTo(H / 2, 9);
  });

  it('round-trips zoom → transform → zoom', () => {
    const zoom = { lon: 24.1, lat: 56.95, k: 3.5 };
    const back = fromTransform(p, toTransform(p, zoom, W, H), W, H);
    expect(back.lon).toBeCloseTo(zoom.lon, 9);
    expect(back.lat).toBeCloseTo(zoom.lat, 9);
    expect(back.k).toBe(3.5);
  });

  it('zoomAround keeps the point under the cursor fixed and clamps k', () => {
    const t0 = { k: 1, x: 0, y: 0 };
    const at: [number, number] = [326, 275];
    const t1 = zoomAround(t0, 2, at, { min: 0.2, max: 32 });
    expect(t1).toEqual({ k: 2, x: -326, y: -275 });
    // At k = 1 with no offset, base and screen coincide: the base point under the cursor stays under it.
    expect(applyTransform(t1, at)).toEqual(at);
    expect(zoomAround(t1, 100, at, { min: 0.2, max: 32 }).k).toBe(32);
    expect(zoomAround(t1, 0.001, at, { min: 0.2, max: 32 }).k).toBe(0.2);
  });

  it('panBy moves by screen pixels', () => {
    expect(panBy({ k: 3, x: 10, y: -5 }, 7, 8)).toEqual({ k: 3, x: 17, y: 3 });
  });

  it('invertClamped pulls points beyond the world back onto its edge', () => {
    const [lon, lat] = invertClamped(p, [-5000, 240]);
    expect(lon).toBeCloseTo(-165, 6);
    expect(lat).toBeCloseTo(51.6392, 3);
    const [lon2, lat2] = invertClamped(p, [5000, -3000]);
    expect(lon2).toBeCloseTo(-165, 6); // 195° E, the antimeridian of 15° E
    expect(lat2).toBeCloseTo(84, 6);
  });

  it('rounds zooms for the URL and compares them loosely', () => {
    expect(roundZoom({ lon: 9.555350360323844, lat: 51.639196168320545, k: 1.23456 })).toEqual({
      lon: 9.5554,
      lat: 51.6392,
      k: 1.235,
    });
    expect(sameZoom({ lon: 1, lat: 2, k: 1 }, { lon: 1.004, lat: 2.004, k: 1.004 })).toBe(true);
    expect(sameZoom({ lon: 1, lat: 2, k: 1 }, { lon: 1.02, lat: 2, k: 1 })).toBe(false);
  });
});
