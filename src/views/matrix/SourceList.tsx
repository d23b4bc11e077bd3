import { useMemo } from 'react';
import { SourceList as Sources } from '../../components/SourceList';
import { useSummit } from '../../state/hooks';

/**
 * A stance's sources, found by id, under a heading one level below the card's own (`level`: h4 in the
 * floating card, h3 when docked under a slide's h1); the list itself is the app's shared one.
 */
export function SourceList({ sourceIds, level = 4 }: { sourceIds: readonly string[]; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const summit = useSummit();
  const byId = useMemo(() => new Map(summit.sources.map((s) => [s.id, s])), [summit]);
  const found = sourceIds.flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
  if (found.length === 0) {
    return <p className="mx-cell-detail__sources-none">No sources: nothing on the record was found.</p>;
  }
  return (
    <>
      <Heading className="mx-cell-detail__sources-title">
        {found.length === 1 ? 'Source' : `Sources (${found.length})`}
      </Heading>
      <Sources sources={found} />
    </>
  );
}
