import { useMemo } from 'react';
import { SourceList as Sources } from '../../components/SourceList';
import { useSummit } from '../../state/hooks';

/** A stance's sources, found by id, under a heading; the list itself is the app's shared one. */
export function SourceList({ sourceIds }: { sourceIds: readonly string[] }) {
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
      <h4 className="mx-cell-detail__sources-title">
        {found.length === 1 ? 'Source' : `Sources (${found.length})`}
      </h4>
      <Sources sources={found} />
    </>
  );
}
