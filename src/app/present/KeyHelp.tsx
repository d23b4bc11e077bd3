import { Dialog } from '../../components/Dialog';
import { KeyTable } from '../../components/KeyTable';
import { SingleKeySwitch } from '../SingleKeySwitch';

const KEYS: [string, string][] = [
  [
    '→, Space, Page Down',
    'Next slide (what presentation clickers send); on a question slide, first the answer',
  ],
  ['←, Shift+Space, Page Up', 'Previous slide'],
  ['Home / End', 'First / last slide'],
  ['R', 'Reveal the answer on a question slide'],
  ['B or .', 'Blank the screen; again, or any slide key, brings the slide back'],
  ['?', 'Show these keys'],
  ['Esc', 'Leave presenting mode'],
];

export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Presenting keys" onClose={onClose}>
      <KeyTable rows={KEYS} />
      <SingleKeySwitch keys="R, B, . and ?" reopen="The button marked ? at the top still opens this list." />
    </Dialog>
  );
}
