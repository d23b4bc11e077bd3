/**
 * Claims from the reports set beside what the sources show: the claim with who made it, and the
 * correction (or confirmation) with its own sources. Pure, so the pairing is tested without React.
 */
import type { Claim, ClaimStatus, Source, Summit } from '../data/schema';

export interface ClaimPair {
  id: string;
  status: ClaimStatus;
  text: string;
  /** The source that made the claim; null when claimedBy names no source in the dataset. */
  claimant: Source | null;
  /** The dataset's note on the claim, or null when it has none. */
  correction: string | null;
  /** Sources for the correction or confirmation (unknown ids skipped). */
  checkSources: Source[];
}

/** Most important first: what was wrong, then what is in doubt, then what holds. */
const STATUS_ORDER: readonly ClaimStatus[] = ['corrected', 'disputed', 'unverified', 'confirmed'];

export const CLAIM_SIDE_LABELS: Record<ClaimStatus, string> = {
  corrected: 'Correction',
  disputed: 'Why it is disputed',
  unverified: 'What the sources show',
  confirmed: 'What the sources show',
};

/** Where a check has no text of its own, its sources stand alone under this label. */
export const CLAIM_CHECKED_BY: Record<ClaimStatus, string> = {
  corrected: 'Corrected by',
  disputed: 'Disputed by',
  unverified: 'Checked against',
  confirmed: 'Confirmed by',
};

export const CLAIM_ICONS: Record<ClaimStatus, string> = {
  confirmed: '✓',
  corrected: '✗',
  disputed: '!',
  unverified: '?',
};

export function pairClaims(summit: Summit): ClaimPair[] {
  const byId = new Map(summit.sources.map((s) => [s.id, s]));
  const pair = (c: Claim): ClaimPair => ({
    id: c.id,
    status: c.status,
    text: c.text,
    claimant: byId.get(c.claimedBy) ?? null,
    correction: c.correction !== undefined && c.correction.trim() !== '' ? c.correction : null,
    checkSources: [...new Set(c.sourceIds)].flatMap((id) => {
      const s = byId.get(id);
      return s ? [s] : [];
    }),
  });
  const rank = (s: ClaimStatus) => STATUS_ORDER.indexOf(s);
  // Array.prototype.sort is stable, so claims of one status keep the dataset's order.
  return summit.claims.map(pair).sort((a, b) => rank(a.status) - rank(b.status));
}

/** Counts per status, most important first, statuses with none left out. */
export function claimStatusCounts(pairs: readonly ClaimPair[]): { status: ClaimStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: pairs.filter((p) => p.status === status).length,
  })).filter((c) => c.count > 0);
}
