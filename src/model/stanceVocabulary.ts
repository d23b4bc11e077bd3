/**
 * The stance matrix's vocabulary: what each position means, how it is drawn (icon + colour class)
 * and how it is counted. Positions "actually taken" are the only ones that count in agreement and in
 * the first half of a summary; not stated, undisclosed, not applicable and contested are reported
 * apart, so silence is never read as opposition.
 */
import type { Confidence, Position } from '../data/schema';

export interface PositionMeta {
  /** Legend and detail label, e.g. "Supports". */
  label: string;
  /** Lower-case phrase for sentences and accessible names, e.g. "not stated". */
  phrase: string;
  /** Noun used after a count in summaries: "5 support", "7 not stated". */
  countNoun: string;
  /** A text glyph, drawn beside the colour so colour never carries meaning alone. */
  icon: string;
  definition: string;
  /** True for a position the person actually took (counts in agreement and summaries). */
  taken: boolean;
  /**
   * For the dataset's own verdicts (nothing found; the question does not apply): how the record's date
   * reads, "No statement found up to" 31 December 2025. Their confidence is in the verdict, not in
   * a report, so the card shows neither a report date nor a confidence definition for them.
   */
  verdictAsOf?: string;
}

export const POSITION_META: Readonly<Record<Position, PositionMeta>> = {
  supports: {
    label: 'Supports',
    phrase: 'supports',
    countNoun: 'support',
    icon: '✓',
    definition: 'Said publicly that they are in favour.',
    taken: true,
  },
  conditional: {
    label: 'Conditional',
    phrase: 'conditional',
    countNoun: 'conditional',
    icon: '◐',
    definition: 'In favour only if a stated condition is met (shown in the detail).',
    taken: true,
  },
  ambivalent: {
    label: 'Ambivalent',
    phrase: 'ambivalent',
    countNoun: 'ambivalent',
    icon: '~',
    definition: 'Spoke on it publicly but stayed non-committal.',
    taken: true,
  },
  opposes: {
    label: 'Opposes',
    phrase: 'opposes',
    countNoun: 'oppose',
    icon: '✕',
    definition: 'Said publicly that they are against.',
    taken: true,
  },
  'not-stated': {
    label: 'Not stated',
    phrase: 'not stated',
    countNoun: 'not stated',
    icon: '—',
    definition: 'No public statement found. Not the same as opposing.',
    taken: false,
    verdictAsOf: 'No statement found up to',
  },
  undisclosed: {
    label: 'Undisclosed',
    phrase: 'undisclosed',
    countNoun: 'undisclosed',
    icon: '?',
    definition: 'A position is known to exist but its details were not made public.',
    taken: false,
  },
  'not-applicable': {
    label: 'Not applicable',
    phrase: 'not applicable',
    countNoun: 'not applicable',
    icon: 'n/a',
    definition: 'The question does not apply to them (e.g. an organisation has no troops of its own).',
    taken: false,
    verdictAsOf: 'Assessed as of',
  },
  contested: {
    label: 'Contested',
    phrase: 'contested',
    countNoun: 'contested',
    icon: '⚠\uFE0E',
    definition: 'Sources conflict about their position; see the detail for each side.',
    taken: false,
  },
};

/** Legend order: the diverging scale first, then the values reported apart. */
export const LEGEND_ORDER: readonly Position[] = [
  'supports',
  'conditional',
  'ambivalent',
  'opposes',
  'contested',
  'undisclosed',
  'not-stated',
  'not-applicable',
];

/**
 * The key's values, in legend order: those the dataset's records use, and "not stated", which a cell
 * without a record shows. A value no record uses would only be a "0" to puzzle over.
 */
export function keyPositions(stances: readonly { position: Position }[]): Position[] {
  const used = new Set<Position>(stances.map((s) => s.position)).add('not-stated');
  return LEGEND_ORDER.filter((p) => used.has(p));
}

/** Order within a summary sentence: "5 support, 2 oppose, 1 conditional; 7 not stated". */
export const SUMMARY_TAKEN_ORDER: readonly Position[] = ['supports', 'opposes', 'conditional', 'ambivalent'];
export const SUMMARY_APART_ORDER: readonly Position[] = [
  'not-stated',
  'undisclosed',
  'not-applicable',
  'contested',
];

export function isTaken(position: Position): boolean {
  return POSITION_META[position].taken;
}

export interface ConfidenceMeta {
  label: string;
  border: 'solid' | 'dashed' | 'dotted';
  definition: string;
}

export const CONFIDENCE_META: Readonly<Record<Confidence, ConfidenceMeta>> = {
  high: { label: 'High confidence', border: 'solid', definition: 'On the record, official or verbatim.' },
  moderate: {
    label: 'Moderate confidence',
    border: 'dashed',
    definition: 'Reported by media or unnamed officials.',
  },
  low: { label: 'Low confidence', border: 'dotted', definition: 'Inferred, or sources are thin.' },
};

export const CONFIDENCE_ORDER: readonly Confidence[] = ['high', 'moderate', 'low'];

export function pluralSources(count: number): string {
  if (count === 0) return 'no sources';
  return count === 1 ? '1 source' : `${count} sources`;
}
