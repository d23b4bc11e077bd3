import { useEffect, useId } from 'react';
import { useAppStore } from '../state/hooks';
import { THEMES, type Theme } from '../state/viewState';

const LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast (projector)',
};

/** Light, dark or the system's choice; applied as `data-theme` on <html>, which base.css reads. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.theme);
  const update = useAppStore((s) => s.update);
  const id = useId();

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

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
