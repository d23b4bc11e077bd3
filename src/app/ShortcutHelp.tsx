import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { KeyTable } from '../components/KeyTable';
import { SHORTCUTS, SINGLE_KEYS_OFF, singleKeysOff } from './useShortcuts';

const MORE = [
  [
    'Tab',
    'Move between controls. The map, the stance grid and the timeline chart are one stop each: use the arrow keys inside them',
  ],
  [
    <>
      <kbd>Enter</kbd> / <kbd>Esc</kbd>
    </>,
    'Open the details of the focused item / close them',
  ],
] as const;

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const [on, setOn] = useState(() => !singleKeysOff());
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
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <KeyTable rows={[...SHORTCUTS, ...MORE]} />
      <label className="key-help__switch">
        <input type="checkbox" checked={on} onChange={toggle} aria-describedby="single-keys-hint" />
        Single-key shortcuts (/, m, s, t and ?)
      </label>
      <p id="single-keys-hint" className="key-help__hint">
        Turn them off if they get in the way of speech input or another keyboard tool. The Keyboard shortcuts
        button at the foot of the page still opens this list. The choice is kept in this browser.
      </p>
    </Dialog>
  );
}
