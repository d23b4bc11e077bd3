import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { attendanceOptions, categoryOptions, pledgeOptions } from '../../model/filterOptions';
import { ATTENDANCE_LABELS, PLEDGE_LABELS } from '../../model/labels';
import { categoryLabel } from '../../model/timelineCategories';
import { useAppStore, useSummit } from '../../state/hooks';
import { DateRange } from './DateRange';
import { ToggleGroup } from './ToggleGroup';

/** The filters behind "More filters": pledge, attendance, questions, event categories, dates. */
export function MoreFilters() {
  const summit = useSummit();
  const update = useAppStore((s) => s.update);
  const f = useAppStore(
    useShallow((s) => ({
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
    }),
    [summit],
  );
  return (
    <div className="filter-bar__grid">
      <ToggleGroup
        label="Pledge"
        unit="participant"
        options={options.pledge}
        selected={f.pledge}
        onChange={(pledge) => update({ pledge })}
      />
      <ToggleGroup
        label="Attendance"
        unit="participant"
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
        unit="event"
        options={options.categories}
        selected={f.categories}
        onChange={(categories) => update({ categories })}
      />
      <DateRange />
    </div>
  );
}
