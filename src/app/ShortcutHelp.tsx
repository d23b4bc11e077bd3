import { Dialog } from '../components/Dialog';
import { SHORTCUTS } from './useShortcuts';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="key-help">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Tab</kbd>
            </td>
            <td>Move between controls; each view is one stop, then use the arrow keys inside it</td>
          </tr>
          <tr>
            <td>
              <kbd>Enter</kbd> / <kbd>Esc</kbd>
            </td>
            <td>Open the details of the focused item / close them</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
