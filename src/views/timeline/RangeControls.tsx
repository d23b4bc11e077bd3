import type { RangePreset } from '../../model/timelinePresets';
import { activePreset } from '../../model/timelinePresets';
import { formatDayRange } from '../../model/timelineDates';
import {
  MIN_RANGE_DAYS,
  panRange,
  rangeDays,
  zoomRange,
  type DateRange,
  type OpenRange,
} from '../../model/timelineScale';
import { useAppStore } from '../../state/hooks';

interface RangeControlsProps {
  presets: readonly RangePreset[];
  range: OpenRange;
  domain: DateRange;
  extent: DateRange;
  /** Zoom in about this day when it is on screen (the selected event, or the summit from the whole timeline). */
  anchor: string | null;
}

interface StepButtonProps {
  label: string;
  glyph: string;
  disabled: boolean;
  onPress: () => void;
}

/** aria-disabled rather than disabled, so a focused button keeps focus when it reaches its limit. */
function StepButton({ label, glyph, disabled, onPress }: StepButtonProps) {
  return (
    <button
      type="button"
      className="tl-icon-button"
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}

/** Presets, zoom, pan and reset; every change goes to the shared store's from/to. */
export function RangeControls({ presets, range, domain, extent, anchor }: RangeControlsProps) {
  const update = useAppStore((s) => s.update);
  const active = activePreset(presets, range);
  const isAll = range.from === null && range.to === null;
  const days = rangeDays(domain);
  const set = (r: OpenRange) => update({ from: r.from, to: r.to });
  const zoomAnchor = anchor !== null && anchor >= domain.from && anchor <= domain.to ? anchor : undefined;
  return (
    <div className="tl-range">
      <div className="tl-range__group" role="group" aria-label="Date range presets">
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            className="tl-chip"
            aria-pressed={active?.id === p.id}
            title={p.description}
            onClick={() => set(p)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="tl-range__group" role="group" aria-label="Zoom and move">
        <StepButton
          label="Earlier"
          glyph="‹"
          disabled={domain.from <= extent.from}
          onPress={() => set(panRange(domain, extent, -1))}
        />
        <StepButton
          label="Zoom out"
          glyph="−"
          disabled={isAll}
          onPress={() => set(zoomRange(domain, extent, 2))}
        />
        <StepButton
          label="Zoom in"
          glyph="+"
          disabled={days <= MIN_RANGE_DAYS}
          onPress={() => set(zoomRange(domain, extent, 0.5, zoomAnchor))}
        />
        <StepButton
          label="Later"
          glyph="›"
          disabled={domain.to >= extent.to}
          onPress={() => set(panRange(domain, extent, 1))}
        />
        <button
          type="button"
          className="tl-chip"
          aria-disabled={isAll}
          onClick={() => set({ from: null, to: null })}
        >
          Reset
        </button>
      </div>
      <p className="tl-range__label" aria-live="polite">
        <span className="visually-hidden">Dates shown: </span>
        {formatDayRange(domain.from, domain.to)}
      </p>
    </div>
  );
}
