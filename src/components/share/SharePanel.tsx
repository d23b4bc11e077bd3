import { useState } from 'react';
import { citationText } from '../../export/citation';
import { useSummit } from '../../state/hooks';
import { CopyField } from './CopyField';
import { DataDownloads } from './DataDownloads';

/** The body of the Share & export dialog: link, share sheet, citation, data downloads, embed. */
export function SharePanel({ url, onEmbed }: { url: string; onEmbed: () => void }) {
  const summit = useSummit();
  const [accessed] = useState(() => new Date());
  const canShare = typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: `Summit Atlas: ${summit.meta.title}`, url });
    } catch {
      // Cancelled, or the system refused; the copy button is still there.
    }
  };

  return (
    <div className="share-panel">
      <section className="share-section" aria-labelledby="share-link-title">
        <h3 id="share-link-title">Link to this view</h3>
        <p className="share-note">The link keeps the filters, selection, zoom and sort you see now.</p>
        <CopyField
          label="Link to this view"
          value={url}
          buttonLabel="Copy link"
          copiedMessage="Link copied"
          rows={2}
        >
          {canShare && (
            <button type="button" className="share-button" onClick={() => void share()}>
              Share…
            </button>
          )}
        </CopyField>
      </section>
      <section className="share-section" aria-labelledby="share-cite-title">
        <h3 id="share-cite-title">Cite this view</h3>
        <CopyField
          label="Citation"
          value={citationText(summit, url, accessed)}
          buttonLabel="Copy citation"
          copiedMessage="Citation copied"
          alwaysShow
        />
      </section>
      <section className="share-section" aria-labelledby="share-data-title">
        <h3 id="share-data-title">Download the data</h3>
        <DataDownloads />
      </section>
      <section className="share-section" aria-labelledby="share-embed-title">
        <h3 id="share-embed-title">Embed</h3>
        <p className="share-note">Put a view on your own page; it resizes itself and links back here.</p>
        <button type="button" className="share-button" onClick={onEmbed}>
          Get the embed code…
        </button>
      </section>
      <p className="share-note">
        Images of each view (SVG, PNG) are under the Download button in the view&rsquo;s corner.
      </p>
    </div>
  );
}
