import { Dialog } from '../components/Dialog';
import { KeyTable } from '../components/KeyTable';
import { SHORTCUTS } from './useShortcuts';

const MORE = [
  ['Tab', 'Move between controls; each view is one stop, then use the arrow keys inside it'],
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
    </Dialog>
  );
}
