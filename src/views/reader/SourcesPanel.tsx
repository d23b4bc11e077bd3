import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SourceKind } from '../../data/schema';
import { SOURCE_KIND_LABELS } from '../../model/labels';
import { buildSourceIndex, countSourceKinds, sortSources } from '../../model/sourceIndex';
import { useSummit } from '../../state/hooks';
import { focusFirst } from '../../components/focusStays';
import { SourceItem } from './SourceItem';
import './reader.css';
import './readerPanels.css';

interface SourcesPanelProps {
  /** How many sources show before "Show all". */
  pageSize?: number;
}

/** Every source with publisher, date, kind and link; a kind filter; and what in the dataset cites each. */
export function SourcesPanel({ pageSize = 10 }: SourcesPanelProps) {
  const summit = useSummit();
  const index = useMemo(() => buildSourceIndex(summit), [summit]);
  const sorted = useMemo(() => sortSources(summit.sources), [summit]);
  const kinds = useMemo(() => countSourceKinds(summit.sources), [summit]);
  const [chosen, setChosen] = useState<readonly SourceKind[]>([]);
  const list = useRef<HTMLOListElement>(null);
  const [showAll, setShowAll] = useState(false);

  const shown = chosen.length === 0 ? sorted : sorted.filter((s) => chosen.includes(s.kind));
  const visible = showAll ? shown : shown.slice(0, pageSize);
  const toggle = (kind: SourceKind) =>
    setChosen((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
  const total = summit.sources.length;

  return (
    <section className="reader-section reader-sources-panel" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="reader-note">
        <strong>
          {total} {total === 1 ? 'source' : 'sources'}
        </strong>
        . Each lists what in this dataset cites it; choose a record to show it in the views.
      </p>
      <div className="reader-filter" role="group" aria-label="Show sources of these kinds">
        {kinds.map(({ kind, count }) => (
          <button key={kind} type="button" aria-pressed={chosen.includes(kind)} onClick={() => toggle(kind)}>
            {SOURCE_KIND_LABELS[kind]} <span className="reader-filter__count">({count})</span>
          </button>
        ))}
        {chosen.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={(e) => {
              // This button goes when no kind is chosen; focus moves to the first kind.
              focusFirst(e.currentTarget.parentElement?.querySelector('button'));
              setChosen([]);
            }}
          >
            All kinds
          </button>
        )}
      </div>
      <p className="reader-status" role="status">
        {chosen.length === 0
          ? `Showing all kinds: ${shown.length} sources.`
          : `Showing ${shown.length} of ${total} sources: ${chosen.map((k) => SOURCE_KIND_LABELS[k]).join(', ')}.`}
      </p>
      <ol className="source-cards" ref={list}>
        {visible.map((s) => (
          <SourceItem key={s.id} source={s} citations={index.get(s.id) ?? []} />
        ))}
      </ol>
      {shown.length > pageSize && (
        <button
          type="button"
          className="reader-more"
          aria-expanded={showAll}
          onClick={(e) => {
            const button = e.currentTarget;
            flushSync(() => setShowAll(!showAll));
            // Opened, the reader goes on at the first new source, not at a button now far below;
            // closed, the button (moved up with the list) stays in sight.
            if (!showAll) focusFirst(list.current?.children[pageSize]?.querySelector('a, button'));
            else button.scrollIntoView?.({ block: 'nearest' });
          }}
        >
          {showAll ? `Show the first ${pageSize} only` : `Show all ${shown.length} sources`}
        </button>
      )}
    </section>
  );
}
