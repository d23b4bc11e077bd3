import { useId, useMemo, useState } from 'react';
import type { Question } from '../../data/schema';
import type { PeopleGroup } from '../../model/matrixRows';
import { comparePeople, type Comparison, type CompareStatus } from '../../model/stanceAgreement';
import type { StanceIndex } from '../../model/stanceCells';
import { POSITION_META } from '../../model/stanceVocabulary';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { LeaderSelect } from './LeaderSelect';
import { PositionChip } from './PositionChip';

const STATUS_LABEL: Record<CompareStatus, string> = {
  agree: 'Agree',
  differ: 'Differ',
  'not-compared': 'Not compared',
};

interface CompareLeadersProps {
  index: StanceIndex;
  columns: readonly Question[];
  groups: readonly PeopleGroup[];
}

function summarize(c: Comparison, a: string, b: string): string {
  const rest =
    c.notCompared > 0 ? ` ${c.notCompared} not compared, because one or both took no position there.` : '';
  if (c.shared === 0) return `${a} and ${b} never both took a position on the questions shown.${rest}`;
  return `Both took a position on ${c.shared} of ${c.rows.length} questions: they agree on ${c.agree} and differ on ${c.differ}.${rest}`;
}

/** Two leaders side by side (store `compare`), counting only questions both actually answered. */
export function CompareLeaders({ index, columns, groups }: CompareLeadersProps) {
  const store = useAppStoreApi();
  const compare = useAppStore((s) => s.compare);
  const [draft, setDraft] = useState<readonly [string, string]>(['', '']);
  const people = useMemo(() => new Map(groups.flatMap((g) => g.people).map((p) => [p.id, p])), [groups]);
  const shown = compare ?? draft;
  const personA = people.get(shown[0]);
  const personB = people.get(shown[1]);

  const result = useMemo(
    () =>
      compare && personA && personB
        ? comparePeople(
            index,
            personA.id,
            personB.id,
            columns.map((q) => q.id),
          )
        : null,
    [compare, personA, personB, index, columns],
  );

  // The handout draws a matrix on several pages.
  const titleId = useId();
  const pick = (slot: 0 | 1, id: string) => {
    const next: [string, string] = slot === 0 ? [id, shown[1]] : [shown[0], id];
    setDraft(next);
    const complete = next[0] !== '' && next[1] !== '' && next[0] !== next[1];
    store.getState().update({ compare: complete ? next : null });
  };

  return (
    <section className="matrix-compare" aria-labelledby={titleId}>
      <h3 id={titleId}>Compare two leaders</h3>
      <div className="matrix-compare__pickers">
        <LeaderSelect
          id="matrix-compare-a"
          label="First leader"
          value={shown[0]}
          groups={groups}
          placeholder="Choose…"
          exclude={shown[1]}
          onChange={(id) => pick(0, id)}
        />
        <LeaderSelect
          id="matrix-compare-b"
          label="Second leader"
          value={shown[1]}
          groups={groups}
          placeholder="Choose…"
          exclude={shown[0]}
          onChange={(id) => pick(1, id)}
        />
      </div>
      <p className="matrix-compare__summary" role="status">
        {result && personA && personB ? summarize(result, personA.name, personB.name) : ''}
      </p>
      {result && personA && personB ? (
        <div className="matrix-compare__scroll">
          <table className="mx-compare-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">{personA.name}</th>
                <th scope="col">{personB.name}</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row, i) => (
                <tr key={row.questionId} data-question-id={row.questionId} data-status={row.status}>
                  <th scope="row">{columns[i]?.label}</th>
                  {[row.a, row.b].map((position, side) => (
                    <td key={side}>
                      <PositionChip position={position} confidence="plain" /> {POSITION_META[position].label}
                    </td>
                  ))}
                  <td className="mx-compare-table__status">{STATUS_LABEL[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
