import { useId, useState } from 'react';
import { SINGLE_KEYS_OFF, singleKeysOff } from './useShortcuts';

/**
 * The switch for single-key shortcuts (WCAG 2.1.4), in each list of keys: one choice, kept in this
 * browser, for the page's keys and presenting's alike.
 */
export function SingleKeySwitch({ keys, reopen }: { keys: string; reopen: string }) {
  const [on, setOn] = useState(() => !singleKeysOff());
  const hintId = useId();
  const toggle = () => {
    try {
      if (on) localStorage.setItem(SINGLE_KEYS_OFF, 'off');
      else localStorage.removeItem(SINGLE_KEYS_OFF);
    } catch {
      return; // storage blocked: the switch could not be kept, so it does not move
    }
    setOn(!on);
  };
  return (
    <>
      <label className="key-help__switch">
        <input type="checkbox" checked={on} onChange={toggle} aria-describedby={hintId} />
        Single-key shortcuts ({keys})
      </label>
      <p id={hintId} className="key-help__hint">
        Turn them off if they get in the way of speech input or another keyboard tool. {reopen} The choice is
        kept in this browser.
      </p>
    </>
  );
}
