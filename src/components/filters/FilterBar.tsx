import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { attendanceOptions, categoryOptions, pledgeOptions } from '../../model/filterOptions';
import { ATTENDANCE_LABELS, PLEDGE_LABELS, categoryLabel } from '../../model/labels';
import { matchingPreset, PRESETS, presetEntityIds } from '../../model/presets';
import { useAppStore, useSummit } from '../../state/hooks';
import { DateRange } from './DateRange';
import { EntityPicker } from './EntityPicker';
import { FilterSummary } from './FilterSummary';
import { ToggleGroup } from './ToggleGroup';
import './filters.css';

/** One filter for all three views: entities, presets, pledge, attendance, questions, categories, dates. */
export function FilterBar() {
  const summit = useSummit();
  const update = useAppStore((s) => s.update);
  const f = useAppStore(
    useShallow((s) => ({
      entities: s.entities,
      pledge: s.pledge,
      attendance: s.attendance,
      questions: s.questions,
      categories: s.categories,
    })),
  );
  const options = useMemo(
    () => ({
      pledge: pledgeOptions(summit).map((o) => ({ ...o, label: PLEDGE_LABELS[o.value] })),
      attendance: attendanceOptions(summit).map((o) => ({ ...o, label: ATTENDANCE_LABELS[o.value] })),
      categories: categoryOptions(summit).map((o) => ({ ...o, label: categoryLabel(o.value) })),
      questions: summit.questions.map((q) => ({ value: q.id, label: q.label })),
      presets: PRESETS.map((p) => ({ preset: p, ids: presetEntityIds(summit, p) })).filter(
        (p) => p.ids.length > 0,
      ),
    }),
    [summit],
  );
  const activePreset = matchingPreset(summit, f.entities);

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <EntityPicker
          entities={summit.entities}
          selected={f.entities}
          onChange={(entities) => update({ entities })}
        />
        <div className="filter-bar__presets" role="group" aria-label="Groups of countries">
          {options.presets.map(({ preset, ids }) => (
            <button
              key={preset.id}
              type="button"
              className="chip"
              title={preset.description}
              aria-pressed={activePreset?.id === preset.id}
              onClick={() => update({ entities: activePreset?.id === preset.id ? [] : ids })}
            >
              {preset.label}
              <span className="chip__count"> {ids.length}</span>
            </button>
          ))}
        </div>
      </div>
      <details className="filter-bar__more">
        <summary>More filters: pledge, attendance, questions, events, dates</summary>
        <div className="filter-bar__grid">
          <ToggleGroup
            label="Pledge"
            options={options.pledge}
            selected={f.pledge}
            onChange={(pledge) => update({ pledge })}
          />
          <ToggleGroup
            label="Attendance"
            options={options.attendance}
            selected={f.attendance}
            onChange={(attendance) => update({ attendance })}
          />
          <ToggleGroup
            label="Questions"
            options={options.questions}
            selected={f.questions}
            onChange={(questions) => update({ questions })}
          />
          <ToggleGroup
            label="Event categories"
            options={options.categories}
            selected={f.categories}
            onChange={(categories) => update({ categories })}
          />
          <DateRange />
        </div>
      </details>
      <FilterSummary />
    </section>
  );
}
