import { useMemo } from 'react';
import type { PeopleGroup } from '../../model/matrixRows';

interface LeaderSelectProps {
  id: string;
  label: string;
  value: string;
  groups: readonly PeopleGroup[];
  placeholder: string;
  /** A person who may not be chosen here (e.g. the other side of a comparison). */
  exclude?: string | null;
  onChange: (personId: string) => void;
}

/** A labelled leader picker, grouped by affiliation. */
export function LeaderSelect({
  id,
  label,
  value,
  groups,
  placeholder,
  exclude,
  onChange,
}: LeaderSelectProps) {
  // The options change with the data and the exclusion only; a filter change re-renders the select
  // (its parent's columns change) and React then skips the unchanged option elements.
  const options = useMemo(
    () =>
      groups.map((group) => (
        <optgroup key={group.id} label={group.label}>
          {group.people
            .filter((p) => p.id !== exclude)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </optgroup>
      )),
    [groups, exclude],
  );
  return (
    <div className="matrix-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {options}
      </select>
    </div>
  );
}
