import { useEffect, useMemo, useRef } from 'react';
import { deriveEntityProfile } from '../model/entityProfile';
import { ATTENDANCE_LABELS, ROLE_LABELS } from '../model/labels';
import { noRepresentative } from '../model/mapText';
import { upperFirst } from '../model/prose';
import { POSITION_META } from '../model/stanceVocabulary';
import { formatEventDate } from '../model/timelineDates';
import type { ViewState } from '../state/viewState';
import { useAppStore, useSummit } from '../state/hooks';
import { focusView } from './focusView';
import { PledgeFacts } from './PledgeFacts';
import { SourceList } from './SourceList';
import './panel.css';

/** Everything about the selected participant in one place: representation, pledge, stances, events, sources. */
export function EntityPanel() {
  const summit = useSummit();
  const open = useAppStore((s) => s.profileEntity);
  const update = useAppStore((s) => s.update);
  const hover = useAppStore((s) => s.hover);
  const profile = useMemo(() => (open ? deriveEntityProfile(summit, open) : null), [summit, open]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The panel opens on request, so moving focus into it is expected. Closing gives focus back, unless
  // the reader has already moved it on (tabbing out of the panel closes it).
  useEffect(() => {
    if (!profile) return;
    const opener = document.activeElement as HTMLElement | null;
    headingRef.current?.focus({ preventScroll: true });
    return () => {
      const now = document.activeElement;
      if (now === null || now === document.body) opener?.focus({ preventScroll: true });
    };
  }, [profile]);

  if (!profile) return null;
  const { entity, representatives, stances, events, sources } = profile;
  const questionCount = summit.questions.length;
  const close = () => hover({ profileEntity: null });
  // The panel covers a third of the page, the matrix or timeline included: it makes way for the
  // record, and focus follows it there (once drawn), as from the list of sources.
  const show = (patch: Partial<ViewState>, view: 'matrix' | 'timeline') => {
    update(patch);
    close();
    requestAnimationFrame(() => focusView(view, true));
  };

  return (
    <aside
      className="entity-panel"
      aria-labelledby="entity-panel-title"
      data-entity-id={entity.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
      // Not modal, but it covers controls: tabbing past its end (or clicking a control beside it)
      // closes it rather than leaving focus hidden underneath (WCAG 2.4.11).
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) close();
      }}
    >
      <div className="entity-panel__head">
        <h2 id="entity-panel-title" ref={headingRef} tabIndex={-1}>
          {entity.name}
        </h2>
        <button
          type="button"
          className="entity-panel__close"
          onClick={close}
          aria-label={`Close details of ${entity.name}`}
        >
          ×
        </button>
      </div>
      <dl className="entity-panel__facts">
        <dt>Role</dt>
        <dd>{ROLE_LABELS[entity.participation.role]}</dd>
        <dt>Attendance</dt>
        <dd>
          {ATTENDANCE_LABELS[entity.participation.attendance]}
          {entity.participation.note !== undefined && <> — {entity.participation.note}</>}
        </dd>
        <dt>Represented by</dt>
        <dd>
          {representatives.length > 0
            ? representatives.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)).join('; ')
            : noRepresentative(entity)}
        </dd>
        {entity.pledge && (
          <>
            <dt>Pledge</dt>
            <dd>
              <PledgeFacts pledge={entity.pledge} />
            </dd>
          </>
        )}
      </dl>
      {(stances.length > 0 || events.length > 0) && (
        <p>A position or event below opens in its view, and this panel closes.</p>
      )}
      <h3>Recorded positions ({stances.length})</h3>
      {stances.length === 0 ? (
        <p>No position found on the {questionCount} questions in the sources read.</p>
      ) : (
        <ul className="entity-panel__list">
          {stances.map(({ person, question, stance }) => (
            <li key={`${person.id}-${question.id}`}>
              <button
                type="button"
                className="link-button"
                data-person-id={person.id}
                data-question-id={question.id}
                onClick={() =>
                  show({ selectedCell: { personId: person.id, questionId: question.id } }, 'matrix')
                }
              >
                {/* The label as written: lower-casing it made "US" and "Russia" "us" and "russia". */}
                {person.name} on “{question.label}”: {POSITION_META[stance.position].phrase}
              </button>
            </li>
          ))}
        </ul>
      )}
      {events.length > 0 && (
        <>
          <h3>Events ({events.length})</h3>
          <ul className="entity-panel__list">
            {events.map((ev) => (
              <li key={ev.id}>
                <button
                  type="button"
                  className="link-button"
                  data-event-id={ev.id}
                  onClick={() => show({ selectedEvent: ev.id }, 'timeline')}
                >
                  {upperFirst(formatEventDate(ev))}: {ev.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sources ({sources.length})</h3>
      <p>Everything cited for {entity.name}, its people&rsquo;s positions and its events.</p>
      <SourceList sources={sources} />
    </aside>
  );
}
