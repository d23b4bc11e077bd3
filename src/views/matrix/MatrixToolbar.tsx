import { useCountRole } from '../../components/liveCounts';
import type { MatrixModel, PeopleGroup } from '../../model/matrixRows';
import { SORT_LABELS } from '../../model/sortLabels';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { MATRIX_SORTS, type MatrixSort, type ViewState } from '../../state/viewState';
import { LeaderSelect } from './LeaderSelect';

/** Sort controls (store `sort`, `sortRef`) and the "Showing N of M leaders" count. */
export function MatrixToolbar({ model, groups }: { model: MatrixModel; groups: readonly PeopleGroup[] }) {
  const store = useAppStoreApi();
  const sort = useAppStore((s) => s.sort);
  const sortRef = useAppStore((s) => s.sortRef);
  const countRole = useCountRole();
  const update = (patch: Partial<ViewState>) => store.getState().update(patch);

  return (
    <div className="matrix-toolbar">
      <div className="matrix-field">
        <label htmlFor="matrix-sort">Sort rows within each group by</label>
        <select
          id="matrix-sort"
          value={sort}
          onChange={(e) => update({ sort: e.target.value as MatrixSort })}
        >
          {MATRIX_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {sort === 'agreement' ? (
        <LeaderSelect
          id="matrix-sort-ref"
          label="Agreement with"
          value={sortRef ?? ''}
          groups={groups}
          placeholder="Choose a leader…"
          onChange={(id) => update({ sortRef: id === '' ? null : id })}
        />
      ) : null}
      <p className="matrix-count" role={countRole}>
        Showing {model.rows.length} of {model.totalPeople} leaders
        {model.columns.length < model.totalQuestions
          ? ` · ${model.columns.length} of ${model.totalQuestions} questions`
          : ''}
      </p>
    </div>
  );
}
