import type { CSSProperties } from 'react';

/** Okabe–Ito colours per known category; anything else takes the muted text colour. Lanes and labels carry the meaning too. */
const COLORS: Record<string, string> = {
  summit: 'var(--c-blue)',
  call: 'var(--c-sky)',
  talks: 'var(--c-green)',
  statement: 'var(--c-purple)',
  sanctions: 'var(--c-orange)',
  military: 'var(--c-grey)',
  attack: 'var(--c-vermillion)',
  pledge: 'var(--c-yellow)',
};

export function categoryColor(category: string): string {
  return COLORS[category] ?? 'var(--text-muted)';
}

/** Inline style that sets `--cat` for a mark, swatch or badge. */
export function categoryStyle(category: string): CSSProperties {
  return { '--cat': categoryColor(category) } as CSSProperties;
}
