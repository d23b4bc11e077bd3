import type { Source } from '../data/schema';
import { isHttpUrl } from '../data/validateSummit';
import { formatCalendarDate } from '../model/calendar';
import { SOURCE_KIND_LABELS } from '../model/labels';

/** Sources as "Publisher, date: title", linked only when the URL is http(s) (data is untrusted). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p className="source-list__empty">No source cited.</p>;
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <span className="source-list__publisher">{s.publisher}</span>
          {s.published !== undefined && <>, {formatCalendarDate(s.published)}</>}
          {': '}
          {isHttpUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              <span lang={s.language}>{s.title}</span>
              {/* The space inside the hidden span: outside, it was drawn as an underlined blank. */}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>
              <span lang={s.language}>{s.title}</span>{' '}
              <span className="source-list__nolink">(link withheld: not a web address)</span>
            </span>
          )}{' '}
          <span className="source-list__kind">({SOURCE_KIND_LABELS[s.kind]})</span>
        </li>
      ))}
    </ol>
  );
}
