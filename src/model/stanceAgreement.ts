/**
 * Agreement between two people, counted only over questions on which both actually took a position
 * (supports, conditional, ambivalent, opposes). Silence, undisclosed, not applicable and contested
 * cells are "not compared": neither agreement nor disagreement.
 */
import type { Position } from '../data/schema';
import { positionOf, type StanceIndex } from './stanceCells';
import { isTaken } from './stanceVocabulary';

export type CompareStatus = 'agree' | 'differ' | 'not-compared';

export interface CompareRow {
  questionId: string;
  a: Position;
  b: Position;
  status: CompareStatus;
}

export interface Agreement {
  agree: number;
  differ: number;
  /** Questions both answered: agree + differ. */
  shared: number;
}

export interface Comparison extends Agreement {
  rows: CompareRow[];
  notCompared: number;
}

export function compareStatus(a: Position, b: Position): CompareStatus {
  if (!isTaken(a) || !isTaken(b)) return 'not-compared';
  return a === b ? 'agree' : 'differ';
}

export function comparePeople(
  index: StanceIndex,
  personA: string,
  personB: string,
  questionIds: readonly string[],
): Comparison {
  const rows = questionIds.map((questionId) => {
    const a = positionOf(index, personA, questionId);
    const b = positionOf(index, personB, questionId);
    return { questionId, a, b, status: compareStatus(a, b) };
  });
  const agree = rows.filter((r) => r.status === 'agree').length;
  const differ = rows.filter((r) => r.status === 'differ').length;
  return { rows, agree, differ, shared: agree + differ, notCompared: rows.length - agree - differ };
}

export function agreementWith(
  index: StanceIndex,
  personA: string,
  personB: string,
  questionIds: readonly string[],
): Agreement {
  let agree = 0;
  let differ = 0;
  for (const questionId of questionIds) {
    const status = compareStatus(
      positionOf(index, personA, questionId),
      positionOf(index, personB, questionId),
    );
    if (status === 'agree') agree += 1;
    else if (status === 'differ') differ += 1;
  }
  return { agree, differ, shared: agree + differ };
}

/**
 * Orders by share of agreement (higher first), then by how many questions were compared (more
 * evidence first); anyone with nothing to compare goes last. Returns <0 when `x` comes first.
 */
export function compareAgreement(x: Agreement, y: Agreement): number {
  if (x.shared === 0 || y.shared === 0) return (x.shared === 0 ? 1 : 0) - (y.shared === 0 ? 1 : 0);
  const byShare = y.agree * x.shared - x.agree * y.shared;
  return byShare !== 0 ? byShare : y.shared - x.shared;
}

export function describeAgreement(a: Agreement): string {
  if (a.shared === 0) return 'no shared answers';
  return `agrees on ${a.agree} of ${a.shared}`;
}
