import { useEffect, useRef } from 'react';
import { focusView } from '../components/focusView';

export const SHORTCUTS: readonly [key: string, action: string][] = [
  ['/', 'Search countries and organisations'],
  ['m', 'Go to the map'],
  ['s', 'Go to the stance matrix'],
  ['t', 'Go to the timeline'],
  ['?', 'Show the keyboard shortcuts'],
];

const REGIONS: Record<string, string> = { m: 'map', s: 'matrix', t: 'timeline' };

/** localStorage key: 'off' turns the single-key shortcuts off (WCAG 2.1.4), from the help dialog. */
export const SINGLE_KEYS_OFF = 'atlas-keys';

export function singleKeysOff(): boolean {
  try {
    return localStorage.getItem(SINGLE_KEYS_OFF) === 'off';
  } catch {
    return false; // storage blocked (a sandboxed frame): the default, on
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function focusSearch() {
  const details = document.querySelector<HTMLDetailsElement>('.entity-picker__details');
  if (details) details.open = true;
  document.querySelector<HTMLInputElement>('.entity-picker input[type="search"]')?.focus();
}

/**
 * Single-key shortcuts that never fire while typing in a field or with a modifier held, and not at all
 * once turned off (speech input types words that would otherwise fire them).
 */
export function useShortcuts(onHelp: () => void, enabled = true) {
  const help = useRef(onHelp);
  useEffect(() => {
    help.current = onHelp;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || singleKeysOff())
        return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const region = REGIONS[e.key];
      if (e.key === '/') {
        e.preventDefault();
        focusSearch();
      } else if (e.key === '?') {
        e.preventDefault();
        help.current();
      } else if (region) {
        e.preventDefault();
        focusView(region);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
