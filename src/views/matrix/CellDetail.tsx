import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatCalendarDate } from '../../model/calendar';
import { stanceKey, type StanceIndex } from '../../model/stanceCells';
import { quoteCredit } from '../../model/stanceDetail';
import { CONFIDENCE_META, POSITION_META } from '../../model/stanceVocabulary';
import { dockIn, useDetailSlot } from '../../components/detailSlot';
import { useAppStore, useAppStoreApi, useSummit } from '../../state/hooks';
import { useFiltered } from '../../state/selectors';
import { PositionChip } from './PositionChip';
import { SourceList } from './SourceList';
import { usePanelPlacement } from './usePanelPlacement';

interface CellDetailProps {
  index: StanceIndex;
  /** Called after the panel closes, to return focus to the cell it belongs to. */
  onClosed: (personId: string, questionId: string) => void;
}

/**
 * The selected cell's evidence: summary, verbatim quote with its language, date, confidence,
 * condition and sources. A non-modal panel; Escape or the close button closes it and focus returns
 * to the cell. Focus moves here only when it was opened from the grid, not when restored from a link.
 */
export function CellDetail({ index, onClosed }: CellDetailProps) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selectedCell);
  const filtered = useFiltered();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const people = useMemo(() => new Map(summit.people.map((p) => [p.id, p])), [summit]);
  const questions = useMemo(() => new Map(summit.questions.map((q) => [q.id, q])), [summit]);

  const person = selected ? people.get(selected.personId) : undefined;
  const question = selected ? questions.get(selected.questionId) : undefined;
  const stance = person && question ? index.get(stanceKey(person.id, question.id)) : undefined;

  const { slot, Heading } = useDetailSlot();
  usePanelPlacement(panelRef, selected, slot === null);

  useEffect(() => {
    if (!selected) return;
    const fromGrid = document.activeElement?.closest('[role="grid"]');
    if (fromGrid) headingRef.current?.focus();
  }, [selected]);

  if (!selected || !person || !question) return null;

  const close = () => {
    store.getState().update({ selectedCell: null });
    onClosed(person.id, question.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const position = stance?.position ?? 'not-stated';
  const { verdictAsOf } = POSITION_META[position];

  const card = (
    <div
      ref={panelRef}
      className={slot ? 'mx-cell-detail mx-cell-detail--docked' : 'mx-cell-detail'}
      role="dialog"
      aria-modal="false"
      aria-labelledby="matrix-detail-title"
      onKeyDown={onKeyDown}
    >
      <div className="mx-cell-detail__bar">
        <Heading
          id="matrix-detail-title"
          className="mx-cell-detail__title"
          tabIndex={-1}
          ref={headingRef}
          data-record-focus=""
        >
          {person.name} <span className="mx-cell-detail__on">on</span> {question.label}
        </Heading>
        <button type="button" className="mx-cell-detail__close" onClick={close} aria-label="Close the detail">
          ✕
        </button>
      </div>
      <p className="mx-cell-detail__question">{question.text}</p>
      {!filtered.personIds.has(person.id) || !filtered.questionIds.has(question.id) ? (
        // Kept open (the link or the reader chose it), but said, as the timeline's detail does.
        <p className="mx-cell-detail__question">The current filters hide this cell in the matrix.</p>
      ) : null}
      <p className="mx-cell-detail__position">
        <PositionChip position={position} confidence={stance?.confidence ?? null} />
        <strong>{POSITION_META[position].label}</strong>
        {stance && !verdictAsOf ? <span> · {CONFIDENCE_META[stance.confidence].label}</span> : null}
      </p>
      {stance ? (
        <>
          {stance.summary ? <p className="mx-cell-detail__summary">{stance.summary}</p> : null}
          {stance.condition ? (
            <p className="mx-cell-detail__condition">
              <strong>Condition:</strong> {stance.condition}
            </p>
          ) : null}
          {stance.quote ? (
            <figure className="mx-cell-detail__quote">
              <blockquote lang={stance.quoteLanguage}>“{stance.quote}”</blockquote>
              <figcaption>
                {person.name}
                {quoteCredit(stance.quoteLanguage, stance.quoteTranslatedFrom)}
              </figcaption>
            </figure>
          ) : null}
          <p className="mx-cell-detail__meta">
            {verdictAsOf ?? 'Dated'} <time dateTime={stance.date}>{formatCalendarDate(stance.date)}</time>
            {verdictAsOf ? '.' : ` · ${CONFIDENCE_META[stance.confidence].definition}`}
          </p>
          <SourceList sourceIds={stance.sourceIds} level={slot ? 3 : 4} />
        </>
      ) : (
        <p className="mx-cell-detail__summary">
          The dataset has no record for this leader and question, so it is shown as not stated.
        </p>
      )}
    </div>
  );
  return dockIn(slot, card);
}
