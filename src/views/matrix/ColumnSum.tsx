import { memo } from 'react';
import type { PositionCounts } from '../../model/stanceCells';
import { POSITION_META, SUMMARY_APART_ORDER, SUMMARY_TAKEN_ORDER } from '../../model/stanceVocabulary';

/**
 * Compact per-column totals ("✓2 ✕1 · —3"); the full sentence is what screen readers get. Memoised,
 * like the headers: while the totals are out of sight a filter change hands them the same summary.
 */
export const ColumnSum = memo(function ColumnSum({
  counts,
  sentence,
}: {
  counts: PositionCounts;
  sentence: string;
}) {
  const taken = SUMMARY_TAKEN_ORDER.filter((p) => counts[p] > 0);
  const apart = SUMMARY_APART_ORDER.filter((p) => counts[p] > 0);
  return (
    <>
      <span className="visually-hidden">{sentence}</span>
      <span className="mx-colsum" aria-hidden="true" title={sentence}>
        <span className="mx-colsum__taken">
          {taken.length === 0 ? 'none' : null}
          {taken.map((p) => (
            <span key={p} className="mx-colsum__item">
              <span className="mx-colsum__icon">{POSITION_META[p].icon}</span>
              {counts[p]}
            </span>
          ))}
        </span>
        <span className="mx-colsum__apart">
          {apart.map((p) => (
            <span key={p} className="mx-colsum__item">
              <span className="mx-colsum__icon">{POSITION_META[p].icon}</span>
              {counts[p]}
            </span>
          ))}
        </span>
      </span>
    </>
  );
});
