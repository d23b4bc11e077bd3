import { lazy, Suspense, useState } from 'react';
import { useAppStoreApi } from '../../state/hooks';
import type { SharePanelName } from './ShareDialogs';
import { currentViewUrl } from './viewUrl';
import './share.css';

// The dialogs (and the dialog frame itself) load on the first click, not with the page.
const ShareDialogs = lazy(() => import('./ShareDialogs'));

/**
 * The page's "Share & export" button: a dialog with the link of the current view (copy, or the
 * system share sheet), the citation, data downloads, and the embed code.
 */
export function ShareMenu() {
  const store = useAppStoreApi();
  const [panel, setPanel] = useState<SharePanelName | null>(null);
  /** Read when the dialog opens, so the link and citation describe what was on screen. */
  const [url, setUrl] = useState('');
  const open = () => {
    setUrl(currentViewUrl(store));
    setPanel('share');
  };

  return (
    <>
      <button type="button" className="share-button share-menu__trigger" onClick={open}>
        Share &amp; export
      </button>
      {panel && (
        <Suspense fallback={null}>
          <ShareDialogs panel={panel} url={url} onPanel={setPanel} />
        </Suspense>
      )}
    </>
  );
}
