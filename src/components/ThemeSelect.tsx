import { useId } from 'react';
import { useAppStore } from '../state/hooks';
import { THEMES, type Theme } from '../state/viewState';

const LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast (projector)',
};

/** Light, dark, high contrast or the system's choice (applied by `app/DocumentTheme`). */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const update = useAppStore((s) => s.update);
  const id = useId();

  return (
    <div className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(e) => update({ theme: e.target.value as Theme })}>
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
