import { useEffect } from 'react';
import { useAppStore } from '../state/hooks';

/**
 * Applies the theme as `data-theme` on <html>, which base.css reads. Rendered whatever the page shows
 * (the atlas, presenting, an embed, the handout), not by the theme menu, which only the atlas has: a
 * slide link or reload with `theme=contrast` kept the projector theme in its URL but drew light.
 */
export function DocumentTheme() {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
