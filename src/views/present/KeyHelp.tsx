import { Dialog } from '../../components/Dialog';

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
      <table className="key-help">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
