import { Dialog } from '../components/Dialog';
import { KeyTable } from '../components/KeyTable';
import { SingleKeySwitch } from './SingleKeySwitch';
import { SHORTCUTS } from './useShortcuts';

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
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <KeyTable rows={[...SHORTCUTS, ...MORE]} />
      <SingleKeySwitch
        keys="/, m, s, t and ?"
        reopen="The Keyboard shortcuts button at the foot of the page still opens this list."
      />
    </Dialog>
  );
}
