import { UnitCount } from '../UnitCount';

export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  count?: number;
}

interface ToggleGroupProps<T extends string> {
  /** Visible group label, also the accessible name of the group. */
  label: string;
  options: readonly ToggleOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  /** What the counts count ("participant"), read out after each: a bare "Undecided 3" says nothing. */
  unit?: string;
}

/** A row of on/off buttons for a multi-valued filter; none pressed means "all". */
export function ToggleGroup<T extends string>({
  label,
  options,
  selected,
  onChange,
  unit,
}: ToggleGroupProps<T>) {
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className="toggle-group">
      <legend>{label}</legend>
      <div className="toggle-group__options">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="chip"
            aria-pressed={selected.includes(o.value)}
            onClick={() => toggle(o.value)}
          >
            {o.label}
            {o.count !== undefined && <UnitCount n={o.count} unit={unit} className="chip__count" />}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
