import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { isCalendarDate } from '../../data/calendarDate';
import { formatCalendarDate } from '../../model/calendar';
import { useAppStore, useSummit } from '../../state/hooks';
import { focusFirst } from '../focusStays';

/** The timeline's date range as two date fields; the timeline's brush writes the same store fields. */
export function DateRange() {
  const summit = useSummit();
  const update = useAppStore((s) => s.update);
  const { from, to } = useAppStore(useShallow((s) => ({ from: s.from, to: s.to })));
  const id = useId();
  const [min, max] = useMemo(() => {
    const dates = summit.events.flatMap((e) => [e.date, e.endDate ?? e.date]).sort();
    return [dates[0] ?? '', dates[dates.length - 1] ?? ''];
  }, [summit]);

  // The day a reversed range was collapsed onto, said until the range changes again.
  const [collapsed, setCollapsed] = useState<string | null>(null);

  const set = (key: 'from' | 'to', value: string) => {
    const next = value === '' ? null : isCalendarDate(value) ? value : undefined;
    // A field retyped to the date it holds (a year typed digit by digit ends there) changes nothing.
    if (next === undefined || next === { from, to }[key]) return;
    const range = { from, to, [key]: next };
    // Keep the range ordered: moving one end past the other collapses the range onto that day.
    const reversed = next !== null && range.from !== null && range.to !== null && range.from > range.to;
    setCollapsed(reversed ? next : null);
    update(reversed ? { from: next, to: next } : { [key]: next });
  };

  return (
    <fieldset className="toggle-group date-range">
      <legend>Dates</legend>
      <div className="date-range__fields">
        <DateEnd
          id={`${id}-from`}
          word="From"
          value={from}
          min={min}
          max={max}
          onChange={(v) => set('from', v)}
        />
        <DateEnd id={`${id}-to`} word="to" value={to} min={min} max={max} onChange={(v) => set('to', v)} />
        {(from !== null || to !== null) && (
          <button
            type="button"
            className="chip"
            onClick={() => {
              // This button goes with the range; focus stays in the fields.
              focusFirst(document.getElementById(`${id}-from`));
              update({ from: null, to: null });
            }}
          >
            All dates
          </button>
        )}
      </div>
      <span role="status" style={{ color: 'var(--text-muted)' }}>
        {collapsed !== null &&
          from === collapsed &&
          to === collapsed &&
          `The start came after the end, so both are now ${formatCalendarDate(collapsed)}.`}
      </span>
    </fieldset>
  );
}

interface DateEndProps {
  id: string;
  word: string;
  value: string | null;
  min: string;
  max: string;
  onChange: (value: string) => void;
}

/**
 * One end of the range with its word, kept together so a narrow column wraps between the two ends.
 * A date field reports every keystroke as a date: typing a year passes through 0002, 0020 and 0202,
 * and clearing a part reports "". Applied at once, each would filter the views and be announced. So
 * a date applies at once only inside the data's span; anything else (cleared, or outside it, then
 * held to the span) applies when the field is left or Enter is pressed.
 */
function DateEnd({ id, word, value, min, max, onChange }: DateEndProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // Set elsewhere (the timeline, a preset, "All dates"): show it.
    setShown(value);
    setDraft(value ?? '');
  }
  const held = draft === '' ? '' : draft < min ? min : draft > max ? max : draft;
  const commit = () => {
    setDraft(held);
    if (held !== (value ?? '')) onChange(held);
  };
  return (
    <span className="date-range__fields">
      <label htmlFor={id}>{word}</label>
      <input
        id={id}
        type="date"
        min={min}
        max={max}
        value={draft}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next !== '' && next >= min && next <= max) onChange(next);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-invalid={held !== draft || undefined}
        aria-describedby={held !== draft ? `${id}-held` : undefined}
      />
      {held !== draft && (
        // Said, not applied silently on leaving the field (a first Tab only reaches the date picker).
        <span id={`${id}-held`} style={{ flexBasis: '100%', color: 'var(--text-muted)' }}>
          The events run from {formatCalendarDate(min)} to {formatCalendarDate(max)}: this date will be held
          to {formatCalendarDate(held)} (Enter, or leave the field).
        </span>
      )}
    </span>
  );
}
