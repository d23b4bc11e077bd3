import { lazy, Suspense, useMemo, useState } from 'react';
import { matchingPreset, PRESETS, presetEntityIds } from '../../model/presets';
import { useAppStore, useSummit } from '../../state/hooks';
import { ChosenEntities } from './ChosenEntities';
import { EntityPicker } from './EntityPicker';
import { FilterSummary } from './FilterSummary';
import { UnitCount } from '../UnitCount';
import './filters.css';

// Drawn, and downloaded, only once opened: most visits never open it, and a closed panel that
// re-rendered on every filter change cost time on each click.
const MoreFilters = lazy(() => import('./MoreFilters').then((m) => ({ default: m.MoreFilters })));

/** One filter for all three views: entities, presets, pledge, attendance, questions, categories, dates. */
export function FilterBar() {
  const summit = useSummit();
  const update = useAppStore((s) => s.update);
  const entities = useAppStore((s) => s.entities);
  // How many of the folded filters are in use: the summary says so even while closed (the timeline's
  // zoom sets the dates), and a link arriving with one set opens the panel, so the reader sees why.
  const moreInUse = useAppStore(
    (s) =>
      [s.pledge, s.attendance, s.questions, s.categories].filter((f) => f.length > 0).length +
      (s.from !== null || s.to !== null ? 1 : 0),
  );
  const [moreOpen, setMoreOpen] = useState(moreInUse > 0);
  const presets = useMemo(
    () =>
      PRESETS.map((p) => ({ preset: p, ids: presetEntityIds(summit, p) })).filter((p) => p.ids.length > 0),
    [summit],
  );
  const activePreset = matchingPreset(summit, entities);

  return (
    <section className="filter-bar" aria-label="Filters" id="filters" tabIndex={-1}>
      <div className="filter-bar__row">
        <EntityPicker
          entities={summit.entities}
          selected={entities}
          onChange={(entities) => update({ entities })}
        />
        <div className="filter-bar__presets" role="group" aria-label="Groups of countries">
          {presets.map(({ preset, ids }) => (
            <button
              key={preset.id}
              type="button"
              className="chip"
              title={preset.description}
              aria-pressed={activePreset?.id === preset.id}
              onClick={() => update({ entities: activePreset?.id === preset.id ? [] : ids })}
            >
              {preset.label}
              <UnitCount n={ids.length} unit="participant" className="chip__count" />
            </button>
          ))}
        </div>
      </div>
      <ChosenEntities
        entities={summit.entities}
        selected={entities}
        onChange={(entities) => update({ entities })}
      />
      <details
        className="filter-bar__more"
        open={moreOpen}
        onToggle={(e) => setMoreOpen(e.currentTarget.open)}
      >
        <summary>
          More filters: pledge, attendance, questions, events, dates
          {moreInUse > 0 && ` (${moreInUse} in use)`}
        </summary>
        {moreOpen && (
          <Suspense fallback={<p role="status">Loading the filters…</p>}>
            <MoreFilters />
          </Suspense>
        )}
      </details>
      <FilterSummary />
    </section>
  );
}
