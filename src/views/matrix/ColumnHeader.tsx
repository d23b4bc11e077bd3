import { memo } from 'react';
import type { ColumnSummary } from '../../model/matrixRows';

interface ColumnHeaderProps {
  summary: ColumnSummary;
  col: number;
  active: boolean;
  /** Columns in the right half open their tooltip leftwards so it stays inside the scroll area. */
  alignEnd: boolean;
}

/**
 * A question's column header: the short label, and on hover or focus a tooltip with the full
 * question, its plain-language description and the column's counts (also its accessible description).
 */
export const ColumnHeader = memo(function ColumnHeader({
  summary,
  col,
  active,
  alignEnd,
}: ColumnHeaderProps) {
  const { question } = summary;
  const tipId = `matrix-tip-${col}`;
  return (
    <div
      role="columnheader"
      className={alignEnd ? 'mx-colhead mx-colhead--end' : 'mx-colhead'}
      data-question-id={question.id}
      data-nav=""
      tabIndex={active ? 0 : -1}
      aria-describedby={tipId}
    >
      <span className="mx-colhead__label">{question.label}</span>
      {/* Hidden from the header's name, which is its visible label; still its description. */}
      <span role="tooltip" id={tipId} className="mx-colhead__tip" aria-hidden="true">
        <span className="mx-colhead__text">{question.text}</span>{' '}
        {question.description ? <span className="mx-colhead__desc">{question.description}</span> : null}{' '}
        <span className="mx-colhead__sum">{summary.sentence}.</span>
      </span>
    </div>
  );
});
