interface Props {
  onZoom: (factor: number) => void;
  onReset: () => void;
  onWorld: () => void;
  preset: 'europe' | 'world' | null;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/** Overlay in the top-right corner: Europe / World presets, then + / − / reset. */
export function MapZoomControls({ onZoom, onReset, onWorld, preset, canZoomIn, canZoomOut }: Props) {
  return (
    <div className="map-controls">
      <div className="map-controls__presets" role="group" aria-label="Map extent">
        <button type="button" aria-pressed={preset === 'europe'} onClick={onReset}>
          Europe
        </button>
        <button type="button" aria-pressed={preset === 'world'} onClick={onWorld}>
          World
        </button>
      </div>
      <div className="map-controls__zoom" role="group" aria-label="Zoom">
        {/* aria-disabled, not disabled: a focused button that reaches its limit keeps focus. */}
        <button
          type="button"
          aria-label="Zoom in on the map"
          aria-disabled={!canZoomIn}
          onClick={() => canZoomIn && onZoom(1.6)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          aria-label="Zoom out of the map"
          aria-disabled={!canZoomOut}
          onClick={() => canZoomOut && onZoom(1 / 1.6)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" aria-label="Reset map zoom" onClick={onReset}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M4 10a6 6 0 1 0 2-4.5M4 3v4h4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
    </div>
  );
}
