import { useEffect, useRef } from 'react';
import { commandForKey, type SlideCommand } from '../../model/slides';

interface SlideKeyHandlers {
  onCommand: (command: SlideCommand) => void;
  onReveal: () => void;
  onHelp: () => void;
  onEscape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Clicker and keyboard control of the slides. Widgets that use arrow keys themselves (the matrix grid,
 * the map, the timeline) call preventDefault, and a handled key is left to them.
 */
export function useSlideKeys(handlers: SlideKeyHandlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      // The keys dialog is modal: the slides behind it stay put (it closes itself on Escape).
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      if (e.key === 'Escape') {
        ref.current.onEscape();
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        ref.current.onHelp();
        return;
      }
      if (e.key === 'r' || e.key === 'R') {
        ref.current.onReveal();
        return;
      }
      // Space presses a focused button or link (Exit, Reveal…); arrows and the clicker's page keys
      // still turn the slide from anywhere.
      if (e.key === ' ' && e.target instanceof Element && e.target.closest('button, a, summary')) return;
      const command = commandForKey(e.key, e.shiftKey);
      if (command) {
        e.preventDefault();
        ref.current.onCommand(command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
