import { lazy, Suspense } from 'react';
import { Dialog } from '../Dialog';
import { SharePanel } from './SharePanel';

// The embed code loads when first asked for, not with the share dialog.
const EmbedPanel = lazy(() => import('./EmbedPanel').then((m) => ({ default: m.EmbedPanel })));

export type SharePanelName = 'share' | 'embed';

interface Props {
  panel: SharePanelName;
  url: string;
  onPanel: (panel: SharePanelName | null) => void;
}

/** The Share & export dialog and the Embed dialog it leads to; loaded on the first click of Share. */
export default function ShareDialogs({ panel, url, onPanel }: Props) {
  return panel === 'share' ? (
    <Dialog title="Share & export" onClose={() => onPanel(null)} className="share-dialog">
      <SharePanel url={url} onEmbed={() => onPanel('embed')} />
    </Dialog>
  ) : (
    <Dialog title="Embed a view" onClose={() => onPanel(null)} className="share-dialog">
      <Suspense fallback={<p role="status">Loading…</p>}>
        <EmbedPanel url={url} />
      </Suspense>
    </Dialog>
  );
}
