import { categoryLabel, toggleCategory } from '../../model/timelineCategories';
import { useAppStore } from '../../state/hooks';
import { categoryStyle } from './categoryColors';

interface CategoryFilterProps {
  categories: readonly string[];
  selected: readonly string[];
  /** Events per category under the other filters (date range, actors). */
  counts: ReadonlyMap<string, number>;
}

/** Toggle buttons, one per category, with counts; none pressed (or "All") shows every category. */
export function CategoryFilter({ categories, selected, counts }: CategoryFilterProps) {
  const update = useAppStore((s) => s.update);
  const total = categories.reduce((n, c) => n + (counts.get(c) ?? 0), 0);
  return (
    <div className="tl-cats" role="group" aria-label="Filter events by category">
      <button
        type="button"
        className="tl-chip"
        aria-pressed={selected.length === 0}
        onClick={() => update({ categories: [] })}
      >
        All <span className="tl-chip__count">{total}</span> <span className="visually-hidden">events</span>
      </button>
      {categories.map((category) => {
        const count = counts.get(category) ?? 0;
        return (
          <button
            key={category}
            type="button"
            className={count === 0 ? 'tl-chip tl-chip--empty' : 'tl-chip'}
            aria-pressed={selected.includes(category)}
            data-category={category}
            onClick={() => update({ categories: toggleCategory(selected, category) })}
          >
            <span className="tl-swatch" style={categoryStyle(category)} aria-hidden="true" />
            {categoryLabel(category)} <span className="tl-chip__count">{count}</span>{' '}
            <span className="visually-hidden">{count === 1 ? 'event' : 'events'}</span>
          </button>
        );
      })}
    </div>
  );
}
