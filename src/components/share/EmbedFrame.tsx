import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { sourceLine } from '../../export/citation';
import { EMBED_LABELS, startHeightReporting } from '../../export/embed';
import { withEmbedParam, type EmbedKind } from '../../export/embedParam';
import { useAppStoreApi, useSummit } from '../../state/hooks';
import { currentViewUrl } from './viewUrl';
import './share.css';

interface EmbedFrameProps {
  which: EmbedKind;
  /** The one view to show, e.g. `<section aria-label="Map"><MapView /></section>`. */
  children: ReactNode;
  /** Post the page height to the host page (on by default). */
  reportHeight?: boolean;
}

/**
 * The chrome of an embedded view (`?embed=…`): a title bar, the view, and a footer with the source
 * line and a link that opens the same view in the full app. Reports its height to the host page.
 */
export function EmbedFrame({ which, children, reportHeight = true }: EmbedFrameProps) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const { meta } = summit;

  useEffect(() => (reportHeight ? startHeightReporting(window) : undefined), [reportHeight]);

  // The view state changes as people explore; the link is brought up to date when it is followed.
  const refreshHref = (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = currentViewUrl(store);
  };

  return (
    <div className="embed-frame" data-embed={which}>
      <header className="embed-frame__bar">
        <h1 className="embed-frame__title">
          {meta.title} <span className="embed-frame__kind">— {EMBED_LABELS[which]}</span>
        </h1>
      </header>
      <main className="embed-frame__body" id="main">
        {children}
      </main>
      <footer className="embed-frame__footer">
        <p className="embed-frame__source">{sourceLine(summit)}</p>
        <a
          className="embed-frame__open"
          href={withEmbedParam(window.location.href, null)}
          target="_blank"
          rel="noopener"
          onClick={refreshHref}
          onAuxClick={refreshHref}
          onContextMenu={refreshHref}
        >
          Open in Summit Atlas <span className="visually-hidden">(opens in a new tab)</span>
        </a>
      </footer>
    </div>
  );
}
