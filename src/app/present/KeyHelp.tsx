import { Dialog } from '../../components/Dialog';
import { KeyTable } from '../../components/KeyTable';

const KEYS: [string, string][] = [
  ['→, Space, Page Down', 'Next slide (what presentation clickers send)'],
  ['←, Shift+Space, Page Up', 'Previous slide'],
  ['Home / End', 'First / last slide'],
  ['R', 'Reveal the answer on a question slide'],
  ['?', 'Show these keys'],
  ['Esc', 'Leave presenting mode'],
];

export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Presenting keys" onClose={onClose}>
      <KeyTable rows={KEYS} />
    </Dialog>
  );
}
