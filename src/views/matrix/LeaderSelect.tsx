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
  return (
    <div className="matrix-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {groups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.people
              .filter((p) => p.id !== exclude)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
