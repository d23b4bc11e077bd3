import { useId } from 'react';
import { Dialog } from '../components/Dialog';
import type { Failure } from './App';
import { IssueReport } from './IssueReport';

interface DatasetDialogsProps {
  loaderOpen: boolean;
  onCloseLoader: () => void;
  onFile: (file: File) => Promise<boolean>;
  failure: Failure | null;
  onDismissFailure: () => void;
  remote: { url: string; host: string } | null;
  onConfirmRemote: (url: string) => void;
  onDeclineRemote: () => void;
}

/** Load your own summit, the report of a refused file, and the off-site confirmation. */
export function DatasetDialogs(props: DatasetDialogsProps) {
  const inputId = useId();
  const { failure, remote } = props;
  return (
    <>
      {props.loaderOpen && (
        <Dialog title="Load your own summit" onClose={props.onCloseLoader}>
          <p>
            Choose a JSON file in the Summit Atlas format, or drop it anywhere on the page. It is checked in
            full and shown only if it is valid; nothing is uploaded.
          </p>
          <label htmlFor={inputId} className="file-drop">
            <span>Choose a file…</span>
            <input
              id={inputId}
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void props.onFile(file).then((ok) => ok && props.onCloseLoader());
              }}
            />
          </label>
          <ul>
            <li>
              <a href="data/summit.template.json" download>
                Download a template
              </a>{' '}
              (a small valid summit to start from)
            </li>
            <li>
              <a href="data/summit.schema.json" target="_blank" rel="noopener">
                The JSON Schema
              </a>{' '}
              of the format
            </li>
          </ul>
        </Dialog>
      )}
      {failure && (
        <Dialog title="This file was not loaded" onClose={props.onDismissFailure} className="dialog--wide">
          <p>
            <code>{failure.label}</code> has {failure.issues.length} problem
            {failure.issues.length === 1 ? '' : 's'}. The summit on screen is unchanged.
          </p>
          <IssueReport issues={failure.issues} />
        </Dialog>
      )}
      {remote && (
        <Dialog title="Load data from another site?" onClose={props.onDeclineRemote}>
          <p>
            This link asks to load a summit from <strong>{remote.host}</strong>. Loading it tells that site
            your address and that you opened this page. Its content is checked before anything is shown.
          </p>
          <p className="dialog__url">
            <code>{remote.url}</code>
          </p>
          <div className="dialog__actions">
            <button type="button" onClick={() => props.onConfirmRemote(remote.url)}>
              Load from {remote.host}
            </button>
            <button type="button" onClick={props.onDeclineRemote}>
              No, keep this summit
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
