import { memo } from 'react';
import type { Position } from '../../data/schema';
import type { PositionCounts } from '../../model/stanceCells';
import { POSITION_META, SUMMARY_APART_ORDER, SUMMARY_TAKEN_ORDER } from '../../model/stanceVocabulary';

/**
 * Compact per-column totals ("✓ 2 ✕ 1 / — 3"); the full sentence is what screen readers get. Each
 * half is one line of text, an icon bound to its count by a no-break space, not a box per count: a
 * filter change rewrites the totals of every column, and fewer boxes lay out faster. Memoised, like
 * the headers: while the totals are out of sight a filter change hands them the same summary.
 */
export const ColumnSum = memo(function ColumnSum({
  counts,
  sentence,
}: {
  counts: PositionCounts;
  sentence: string;
}) {
  const line = (order: readonly Position[]) =>
    order
      .filter((p) => counts[p] > 0)
      .map((p) => `${POSITION_META[p].icon}\u00a0${counts[p]}`)
      .join(' ');
  const taken = line(SUMMARY_TAKEN_ORDER);
  return (
    <>
      <span className="visually-hidden">{sentence}</span>
      <span className="mx-colsum" aria-hidden="true" title={sentence}>
        <span>{taken === '' ? 'none' : taken}</span>
        <span className="mx-colsum__apart">{line(SUMMARY_APART_ORDER)}</span>
      </span>
    </>
  );
});
