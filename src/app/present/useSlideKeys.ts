import { useEffect, useRef } from 'react';
import { commandForKey, type SlideCommand } from '../../model/slides';
import { singleKeysOff } from '../useShortcuts';

interface SlideKeyHandlers {
  onCommand: (command: SlideCommand) => void;
  onReveal: () => void;
  /** B or full stop, as in presentation software and on a clicker's blank-screen button. */
  onBlank: () => void;
  onHelp: () => void;
  onEscape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/**
 * Clicker and keyboard control of the slides. Widgets that use arrow keys themselves (the matrix grid,
 * the map, the timeline) call preventDefault, and a handled key is left to them when the keyboard
 * brought focus there.
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
      // The letter keys, not the clicker's page keys: those can be turned off (WCAG 2.1.4), as on the page.
      if (['?', 'r', 'R', 'b', 'B', '.'].includes(e.key) && singleKeysOff()) return;
      if (e.key === 'b' || e.key === 'B' || e.key === '.') {
        e.preventDefault();
        ref.current.onBlank();
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
    // A view that a click (not the keyboard) put focus in does not keep the clicker's keys: a teacher
    // who clicked a country found the arrows walking the map. Keyboard users, who Tab into a view, keep
    // them. (`:focus-visible` cannot tell: Chromium sets it before the key's handlers run.)
    let clickedView: Element | null = null;
    const onPointerDown = (e: PointerEvent) => {
      clickedView = e.target instanceof Element ? e.target.closest('.present__view') : null;
    };
    const onPointerFocusKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') clickedView = null;
      const target = e.target;
      if (!clickedView || !(target instanceof Node) || !clickedView.contains(target)) return;
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(target)) return;
      const command = commandForKey(e.key, e.shiftKey);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      ref.current.onCommand(command);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onPointerFocusKey, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onPointerFocusKey, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
