import { memo, useState } from 'react';
import { UnitCount } from '../../components/UnitCount';
import type { Position } from '../../data/schema';
import type { PositionCounts } from '../../model/stanceCells';
import { CONFIDENCE_META, CONFIDENCE_ORDER, POSITION_META } from '../../model/stanceVocabulary';
import { useAppStoreApi } from '../../state/hooks';
import { PositionChip } from './PositionChip';

/**
 * The key: each position the dataset uses, with its icon, colour and count among the shown cells. Hovering or
 * focusing a value highlights its cells (store `hoveredPosition`); pressing it keeps the highlight.
 */
export function MatrixLegend({
  counts,
  positions,
}: {
  counts: PositionCounts;
  positions: readonly Position[];
}) {
  const store = useAppStoreApi();
  const [pinned, setPinned] = useState<Position | null>(null);
  const show = (position: Position | null) => store.getState().hover({ hoveredPosition: position });

  return (
    <div className="matrix-legend">
      <h3 className="matrix-legend__title" id="matrix-legend-title">
        Key <span className="matrix-legend__hint">(hover or focus a value to find its cells)</span>
      </h3>
      <ul className="matrix-legend__list" aria-labelledby="matrix-legend-title">
        {positions.map((position) => {
          const meta = POSITION_META[position];
          return (
            <li key={position}>
              <button
                type="button"
                className="mx-legend-item"
                data-position={position}
                aria-pressed={pinned === position}
                aria-describedby={`matrix-def-${position}`}
                onMouseEnter={() => show(position)}
                onMouseLeave={() => show(pinned)}
                onFocus={() => show(position)}
                onBlur={() => show(pinned)}
                onClick={() => {
                  const next = pinned === position ? null : position;
                  setPinned(next);
                  show(next ?? position);
                }}
              >
                <PositionChip position={position} confidence="plain" />
                <span className="mx-legend-item__label">{meta.label}</span>
                <UnitCount n={counts[position]} unit="cell" className="mx-legend-item__count" />
              </button>
            </li>
          );
        })}
      </ul>
      <p className="matrix-legend__borders">
        <span className="matrix-legend__borders-title">Border = confidence:</span>
        {CONFIDENCE_ORDER.map((c) => (
          <span key={c} className="mx-border-key">
            <span className="mx-border-key__swatch" data-confidence={c} aria-hidden="true" />
            {CONFIDENCE_META[c].border} = {c}
          </span>
        ))}
      </p>
      <LegendDefinitions positions={positions} />
    </div>
  );
}

/** The definitions: kept out of the re-render when the counts change with a filter. */
const LegendDefinitions = memo(
  function LegendDefinitions({ positions }: { positions: readonly Position[] }) {
    return (
      <details className="matrix-legend__defs">
        <summary>What each value and border means</summary>
        <dl>
          {positions.map((position) => (
            <div key={position} className="mx-def">
              <dt>
                <PositionChip position={position} confidence="plain" /> {POSITION_META[position].label}
              </dt>
              <dd id={`matrix-def-${position}`}>{POSITION_META[position].definition}</dd>
            </div>
          ))}
          {CONFIDENCE_ORDER.map((c) => (
            <div key={c} className="mx-def">
              <dt>
                <span className="mx-border-key__swatch" data-confidence={c} aria-hidden="true" />{' '}
                {CONFIDENCE_META[c].label} ({CONFIDENCE_META[c].border} border)
              </dt>
              <dd>{CONFIDENCE_META[c].definition}</dd>
            </div>
          ))}
        </dl>
        <p className="matrix-legend__note">
          Counts and agreement use only positions actually taken; “not stated” is never counted as opposition.
        </p>
      </details>
    );
  },
  // The values come from the dataset, so they change only with it; a filter change leaves them be.
  (a, b) => a.positions.join() === b.positions.join(),
);
