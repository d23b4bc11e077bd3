import { lazy, Suspense, useState } from 'react';
import { Dialog } from '../Dialog';
import { useAppStoreApi } from '../../state/hooks';
import { currentViewUrl } from './viewUrl';
import './share.css';

// The dialogs' contents (CSV, embed code) load when first opened, not with the page.
const SharePanel = lazy(() => import('./SharePanel').then((m) => ({ default: m.SharePanel })));
const EmbedPanel = lazy(() => import('./EmbedPanel').then((m) => ({ default: m.EmbedPanel })));
const loading = <p role="status">Loading…</p>;

type Panel = 'share' | 'embed';

/**
 * The page's "Share & export" button: a dialog with the link of the current view (copy, or the
 * system share sheet), the citation, data downloads, and the embed code.
 */
export function ShareMenu() {
  const store = useAppStoreApi();
  const [panel, setPanel] = useState<Panel | null>(null);
  /** Read when the dialog opens, so the link and citation describe what was on screen. */
  const [url, setUrl] = useState('');
  const open = (which: Panel) => {
    setUrl(currentViewUrl(store));
    setPanel(which);
  };

  return (
    <>
      <button type="button" className="share-button share-menu__trigger" onClick={() => open('share')}>
        Share &amp; export
      </button>
      {panel === 'share' && (
        <Dialog title="Share & export" onClose={() => setPanel(null)} className="share-dialog">
          <Suspense fallback={loading}>
            <SharePanel url={url} onEmbed={() => setPanel('embed')} />
          </Suspense>
        </Dialog>
      )}
      {panel === 'embed' && (
        <Dialog title="Embed a view" onClose={() => setPanel(null)} className="share-dialog">
          <Suspense fallback={loading}>
            <EmbedPanel url={url} />
          </Suspense>
        </Dialog>
      )}
    </>
  );
}
