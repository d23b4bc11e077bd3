/**
 * Provenance text shared by every artefact: the citation people paste, the source line drawn under
 * exported images and embeds, and file names that say which dataset version they hold.
 */
import type { Summit } from '../data/schema';
import { countLabel } from '../model/prose';

/** A local calendar date, YYYY-MM-DD: the day the reader accessed the view. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Summit Atlas, dataset v1.2 (2025-12-31), https://…?view=map, accessed 2026-01-15" */
export function citationText(summit: Summit, viewUrl: string, accessed: Date): string {
  const { datasetVersion, updated } = summit.meta;
  return `Summit Atlas, dataset v${datasetVersion} (${updated}), ${viewUrl}, accessed ${isoDay(accessed)}`;
}

/**
 * "Source: Summit Atlas dataset v1.2 (updated 2025-12-31) — 48 sources, see https://…" (the view's
 * URL, where every fact links to its source); without a URL the line ends after the count.
 */
export function sourceLine(summit: Summit, viewUrl?: string): string {
  const { datasetVersion, updated } = summit.meta;
  const line = `Source: Summit Atlas dataset v${datasetVersion} (updated ${updated}) — ${countLabel(summit.sources.length, 'source')}`;
  return viewUrl ? `${line}, see ${viewUrl}` : line;
}

/** A file-name-safe fragment: letters, digits, dot, dash. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'summit'
  );
}

/** "summit-atlas-v1.2-map.svg", "summit-atlas-v1.2-stances-filtered.csv" */
export function exportFilename(summit: Summit, what: string, ext: string): string {
  return `summit-atlas-v${slug(summit.meta.datasetVersion)}-${slug(what)}.${ext}`;
}
