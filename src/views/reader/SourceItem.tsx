import { useState } from 'react';
import { focusView } from '../../components/focusView';
import type { Source } from '../../data/schema';
import { isHttpUrl } from '../../data/validateSummit';
import { formatCalendarDate } from '../../model/calendar';
import { SOURCE_KIND_LABELS } from '../../model/labels';
import { anchorFor, selectionFor, type CitingRecord } from '../../model/sourceIndex';
import { useAppStore } from '../../state/hooks';

const CITATIONS_SHOWN = 5;

/** One source: title link, publisher, dates, kind, and the records citing it (buttons that select them). */
export function SourceItem({ source, citations }: { source: Source; citations: readonly CitingRecord[] }) {
  const [open, setOpen] = useState(false);
  const visible = open ? citations : citations.slice(0, CITATIONS_SHOWN);
  const titleId = `source-${source.id}-title`;
  return (
    <li className="source-card" id={`source-${source.id}`}>
      <h3 className="source-card__title" id={titleId}>
        {isHttpUrl(source.url) ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            <span lang={source.language}>{source.title}</span>
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span lang={source.language}>{source.title}</span>
        )}
      </h3>
      <p className="source-card__meta">
        <span className="source-card__publisher">{source.publisher}</span>
        {' · '}
        {source.published !== undefined ? (
          <time dateTime={source.published}>{formatCalendarDate(source.published)}</time>
        ) : (
          'date not given'
        )}
        {' · '}
        <span className="source-card__kind">{SOURCE_KIND_LABELS[source.kind]}</span>
        {' · accessed '}
        <time dateTime={source.accessed}>{formatCalendarDate(source.accessed)}</time>
      </p>
      {citations.length === 0 ? (
        <p className="source-card__none">Not cited by any record.</p>
      ) : (
        <>
          <p className="source-card__cited">
            Cited by {citations.length} {citations.length === 1 ? 'record' : 'records'}:
          </p>
          <ul className="citing-list">
            {visible.map((r) => (
              <li key={`${r.kind}:${r.id}:${r.label}`}>
                <CitingButton record={r} />
              </li>
            ))}
          </ul>
          {citations.length > CITATIONS_SHOWN && (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Show fewer' : `Show all ${citations.length}`}{' '}
              <span className="visually-hidden">records citing {source.publisher}</span>
            </button>
          )}
        </>
      )}
    </li>
  );
}

function CitingButton({ record }: { record: CitingRecord }) {
  const update = useAppStore((s) => s.update);
  const selection = selectionFor(record);
  const anchor = anchorFor(record);
  if (selection === null) {
    return anchor !== null ? (
      <a className="citing-link" href={anchor}>
        {record.label}
      </a>
    ) : (
      <span>{record.label}</span>
    );
  }
  const select = () => {
    update(selection);
    // Focus follows to the view showing the record (once it has drawn it), so a keyboard user is
    // not left on a button that has scrolled out of sight.
    if (anchor !== null) requestAnimationFrame(() => focusView(anchor.slice(1), true));
  };
  return (
    <button type="button" className="link-button citing-button" onClick={select}>
      {record.label}
    </button>
  );
}
