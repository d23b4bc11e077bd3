import { SourceList } from '../../components/SourceList';
import type { Source } from '../../data/schema';
import { isHttpUrl } from '../../data/validateSummit';

interface SourceLinksProps {
  sources: readonly Source[];
  /** Word before the links, e.g. "Source" or "Claimed by". */
  label?: string;
  /** Up to this many are shown inline; more fold into a disclosure with the full list. */
  inlineMax?: number;
}

/** A compact "Sources: A, B" line; a longer list folds into "Sources (12)" that opens the full list. */
export function SourceLinks({ sources, label = 'Sources', inlineMax = 3 }: SourceLinksProps) {
  if (sources.length === 0) return <p className="reader-sources reader-sources--none">No source cited.</p>;
  if (sources.length > inlineMax) {
    return (
      <details className="reader-sources reader-sources--folded">
        <summary>
          {label} ({sources.length})
        </summary>
        <SourceList sources={sources} />
      </details>
    );
  }
  return (
    <p className="reader-sources reader-sources--inline">
      <span className="reader-sources__label">{label}:</span>
      {sources.map((s, i) => (
        <span key={s.id} className="reader-sources__item">
          <SourceLink source={s} />
          {i < sources.length - 1 && ','}
        </span>
      ))}
    </p>
  );
}

/** The publisher's name linked to the source (http(s) only: dataset URLs are untrusted). */
export function SourceLink({ source }: { source: Source }) {
  if (!isHttpUrl(source.url)) return <span title={source.title}>{source.publisher}</span>;
  return (
    <a className="reader-source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {source.publisher}
      <span className="visually-hidden">
        : <span lang={source.language}>{source.title}</span> (opens in a new tab)
      </span>
    </a>
  );
}
