import { useMemo } from 'react';
import { formatCalendarDate } from '../../model/calendar';
import { isHttpUrl } from '../../model/stanceDetail';
import { useSummit } from '../../state/hooks';

/** Each source: publisher, title (a link only for http/https URLs, new tab) and its date. */
export function SourceList({ sourceIds }: { sourceIds: readonly string[] }) {
  const summit = useSummit();
  const sources = useMemo(() => new Map(summit.sources.map((s) => [s.id, s])), [summit]);
  const found = sourceIds.flatMap((id) => {
    const source = sources.get(id);
    return source ? [source] : [];
  });

  if (found.length === 0) {
    return <p className="mx-cell-detail__sources-none">No sources: nothing on the record was found.</p>;
  }
  return (
    <>
      <h4 className="mx-cell-detail__sources-title">
        {found.length === 1 ? 'Source' : `Sources (${found.length})`}
      </h4>
      <ol className="mx-cell-detail__sources">
        {found.map((source) => (
          <li key={source.id}>
            <span className="mx-source__publisher">{source.publisher}</span>:{' '}
            {isHttpUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title} <span className="visually-hidden">(opens in a new tab)</span>
              </a>
            ) : (
              <span>
                {source.title} <span className="mx-source__nolink">(link withheld: not a web address)</span>
              </span>
            )}
            <span className="mx-source__date">
              {source.published ? (
                <>
                  {' '}
                  · published <time dateTime={source.published}>{formatCalendarDate(source.published)}</time>
                </>
              ) : (
                <>
                  {' '}
                  · accessed <time dateTime={source.accessed}>{formatCalendarDate(source.accessed)}</time>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
