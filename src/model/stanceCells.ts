/**
 * One matrix cell per person × question: looking stances up, reading them aloud, and counting them.
 * A grid cell with no stance record is shown and counted as "not stated" (no public statement
 * found), and says so in its accessible name.
 */
import { POSITIONS, type Confidence, type Position, type Stance } from '../data/schema';
import {
  CONFIDENCE_META,
  POSITION_META,
  SUMMARY_APART_ORDER,
  SUMMARY_TAKEN_ORDER,
  pluralSources,
} from './stanceVocabulary';

export type StanceIndex = ReadonlyMap<string, Stance>;

export function stanceKey(personId: string, questionId: string): string {
  return `${personId}\u0000${questionId}`;
}

/** Later records win if a pair appears twice (the validator reports duplicates). */
export function indexStances(stances: readonly Stance[]): StanceIndex {
  const index = new Map<string, Stance>();
  for (const stance of stances) index.set(stanceKey(stance.personId, stance.questionId), stance);
  return index;
}

export function positionOf(index: StanceIndex, personId: string, questionId: string): Position {
  return index.get(stanceKey(personId, questionId))?.position ?? 'not-stated';
}

export interface CellView {
  questionId: string;
  position: Position;
  /** null when there is no stance record for this pair. */
  confidence: Confidence | null;
  sourceCount: number;
  /** Accessible name: "Giorgia Meloni, Own troops: opposes, high confidence, 1 source". */
  label: string;
}

export function cellLabel(personName: string, questionLabel: string, stance: Stance | undefined): string {
  const head = `${personName}, ${questionLabel}`;
  if (!stance) return `${head}: not stated, no record in the dataset`;
  const meta = POSITION_META[stance.position];
  // A verdict's confidence is not a report's: "not stated, moderate confidence" read as a hearsay silence.
  const confidence = meta.verdictAsOf ? '' : `${CONFIDENCE_META[stance.confidence].label.toLowerCase()}, `;
  return `${head}: ${meta.phrase}, ${confidence}${pluralSources(stance.sourceIds.length)}`;
}

export function cellView(
  index: StanceIndex,
  personId: string,
  personName: string,
  questionId: string,
  questionLabel: string,
): CellView {
  const stance = index.get(stanceKey(personId, questionId));
  return {
    questionId,
    position: stance?.position ?? 'not-stated',
    confidence: stance?.confidence ?? null,
    sourceCount: stance?.sourceIds.length ?? 0,
    label: cellLabel(personName, questionLabel, stance),
  };
}

export type PositionCounts = Record<Position, number>;

export function emptyCounts(): PositionCounts {
  return Object.fromEntries(POSITIONS.map((p) => [p, 0])) as PositionCounts;
}

export function countPositions(positions: Iterable<Position>): PositionCounts {
  const counts = emptyCounts();
  for (const position of positions) counts[position] += 1;
  return counts;
}

function phrase(counts: PositionCounts, order: readonly Position[]): string {
  return order
    .filter((p) => counts[p] > 0)
    .map((p) => `${counts[p]} ${POSITION_META[p].countNoun}`)
    .join(', ');
}

/**
 * "5 support, 2 oppose, 1 conditional; 7 not stated": positions taken first, then the values that
 * are not positions, reported apart so they never dilute or inflate the taken ones.
 */
export function summarizeCounts(counts: PositionCounts): string {
  const taken = phrase(counts, SUMMARY_TAKEN_ORDER);
  const apart = phrase(counts, SUMMARY_APART_ORDER);
  const head = taken === '' ? 'No positions taken' : taken;
  return apart === '' ? head : `${head}; ${apart}`;
}

export function takenTotal(counts: PositionCounts): number {
  return SUMMARY_TAKEN_ORDER.reduce((sum, p) => sum + counts[p], 0);
}
