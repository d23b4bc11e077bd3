import { readFileSync } from 'node:fs';
import { resetWorldCache } from '../../src/views/map/useWorld';

const GEOMETRY = readFileSync('public/geo/world.topo.json', 'utf8');

/** Serves the shipped world geometry to the map's fetch in each test of the calling suite. */
export function serveWorldGeometry(): void {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === 'geo/world.topo.json' ? new Response(GEOMETRY) : new Response('not found', { status: 404 }),
      ),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    resetWorldCache();
  });
}
