import type { Source, Summit } from '../data/schema';

/**
 * Sources by id in the order given; unknown ids are skipped, duplicates collapsed. Apart from the
 * source index, which only the sources panel needs, so that it stays out of the first download.
 */
export function sourcesFor(summit: Summit, ids: readonly string[]): Source[] {
  const byId = new Map(summit.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].flatMap((id) => {
    const s = byId.get(id);
    return s ? [s] : [];
  });
}
