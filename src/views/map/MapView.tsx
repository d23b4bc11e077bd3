import { useCountRole } from '../../components/liveCounts';
import { lazy, Suspense } from 'react';
import './map.css';
import './map-controls.css';
import './map-panels.css';
import { countLabel } from '../../model/prose';
import { useAppStore } from '../../state/hooks';
import { OffscreenPart } from '../../components/OffscreenScope';
import { ColorByControl } from './ColorByControl';
import { MapAbout } from './MapAbout';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { ParticipantList } from './ParticipantList';
import { useMapModel } from './useMapModel';
import { useWorld } from './useWorld';

// The detail panel loads on the first selection.
const MapDetail = lazy(() => import('./MapDetail').then((m) => ({ default: m.MapDetail })));

/** The map view: who took part and how, coloured by role, attendance or pledge. */
export function MapView() {
  const model = useMapModel();
  const countRole = useCountRole();
  const world = useWorld();
  const selectedId = useAppStore((s) => s.selectedEntity);
  const selected = selectedId === null ? undefined : model.index.entities.get(selectedId);
  return (
    <div className="map-view">
      <div className="map-view__head">
        <h2 className="map-view__title">Who took part, and how</h2>
        <p className="map-view__count" role={countRole}>
          Showing {model.shownParticipants} of {countLabel(model.participants, 'participant')}
        </p>
      </div>
      <ColorByControl />
      {world.status === 'ready' ? (
        <MapCanvas world={world.world} model={model} />
      ) : (
        <div className="map-canvas map-canvas--placeholder">
          {world.status === 'loading' ? (
            <p role="status">Loading the map…</p>
          ) : (
            <div role="alert">
              <p>The map shapes could not be loaded ({world.message}). The list below still works.</p>
              <button type="button" onClick={world.retry}>
                Try again
              </button>
            </div>
          )}
        </div>
      )}
      <MapLegend model={model} />
      {selected && (
        <Suspense fallback={null}>
          <MapDetail entity={selected} index={model.index} />
        </Suspense>
      )}
      <OffscreenPart className="map-finder-part">
        <ParticipantList entities={model.entities} />
      </OffscreenPart>
      <MapAbout />
    </div>
  );
}
