import { useCallback, useMemo, useState } from 'react';
import type { GeoProjection } from 'd3-geo';
import {
  europeZoom,
  fromTransform,
  MAX_K,
  minK,
  panBy,
  roundZoom,
  sameZoom,
  toTransform,
  worldZoom,
  zoomAround,
  type ViewTransform,
} from '../../model/mapProjection';
import { useAppStore } from '../../state/hooks';

/**
 * The map's current view: the store's `zoom` ({lon, lat, k}, null = Europe) as a screen transform,
 * overridden by a local transform while a gesture runs, committed to the store when it ends.
 */
export function useMapView(projection: GeoProjection, width: number, height: number) {
  const zoom = useAppStore((s) => s.zoom);
  const update = useAppStore((s) => s.update);
  const [live, setLive] = useState<ViewTransform | null>(null);
  const base = useMemo(() => toTransform(projection, zoom, width, height), [projection, zoom, width, height]);
  const t = live ?? base;
  const limits = useMemo(
    () => ({ min: minK(projection, width, height), max: MAX_K }),
    [projection, width, height],
  );
  const presets = useMemo(
    () => ({
      europe: europeZoom(projection, width, height),
      world: roundZoom(worldZoom(projection, width, height)),
    }),
    [projection, width, height],
  );

  const commit = useCallback(
    (next: ViewTransform) => {
      setLive(null);
      const z = roundZoom(fromTransform(projection, next, width, height));
      update({ zoom: sameZoom(z, presets.europe) ? null : z });
    },
    [projection, width, height, update, presets],
  );

  const preset: 'europe' | 'world' | null =
    live !== null ? null : zoom === null ? 'europe' : sameZoom(zoom, presets.world) ? 'world' : null;

  return {
    t,
    limits,
    preset,
    setLive,
    commit,
    zoomBy: (factor: number) => commit(zoomAround(t, factor, [width / 2, height / 2], limits)),
    /** Pan so a screen point comes to the middle of the map. */
    centre: (at: [number, number]) => commit(panBy(t, width / 2 - at[0], height / 2 - at[1])),
    reset: () => {
      setLive(null);
      update({ zoom: null });
    },
    world: () => {
      setLive(null);
      update({ zoom: presets.world });
    },
  };
}

export type MapViewControls = ReturnType<typeof useMapView>;
