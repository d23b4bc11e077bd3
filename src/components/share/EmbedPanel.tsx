import { useId, useState } from 'react';
import { EMBED_HEIGHTS, EMBED_LABELS, iframeSnippet, resizeScript } from '../../export/embed';
import { EMBED_KINDS, withEmbedParam, type EmbedKind } from '../../export/embedParam';
import { useAppStoreApi, useSummit } from '../../state/hooks';
import { CopyField } from './CopyField';

/** The current layout's view if it shows one view, the story when presenting, else the map. */
function defaultKind(view: string, present: boolean): EmbedKind {
  if (present) return 'story';
  return view === 'map' || view === 'matrix' || view === 'timeline' ? view : 'map';
}

/** The iframe code for one view with the current filters, and an optional auto-resize script. */
export function EmbedPanel({ url }: { url: string }) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const [kind, setKind] = useState<EmbedKind>(() => {
    const { view, present } = store.getState();
    return defaultKind(view, present);
  });
  const name = useId();
  const src = withEmbedParam(url, kind);
  const title = `${summit.meta.title} — ${EMBED_LABELS[kind]} (Summit Atlas)`;

  return (
    <div className="share-panel">
      <fieldset className="share-choice">
        <legend>View to embed</legend>
        {EMBED_KINDS.map((k) => (
          <label key={k} className="share-choice__option">
            <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {EMBED_LABELS[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'story' && summit.story.length === 0 && (
        <p className="share-note">This dataset has no story slides; the embed will say so.</p>
      )}
      <p className="share-note">
        The embed keeps the current filters and selection, shows the dataset version and links back to the
        full app.{' '}
        <a href={src} target="_blank" rel="noopener noreferrer">
          Preview it (opens in a new tab)
        </a>
      </p>
      <CopyField
        label="Embed code"
        value={iframeSnippet(src, title, EMBED_HEIGHTS[kind])}
        buttonLabel="Copy embed code"
        copiedMessage="Embed code copied"
        alwaysShow
        rows={4}
      />
      <h3 className="share-subtitle">Optional: resize to fit</h3>
      <p className="share-note">
        Add this script once to your page and each embed takes the height of its content.
      </p>
      <CopyField
        label="Resize script"
        value={resizeScript(new URL(url, window.location.href).origin)}
        buttonLabel="Copy script"
        copiedMessage="Script copied"
        alwaysShow
        rows={5}
      />
    </div>
  );
}
