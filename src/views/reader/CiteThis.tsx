import { useState } from 'react';
import { citationText } from '../../export/citation';
import { useSummit } from '../../state/hooks';

/** The citation text for the page as it is now, with a copy button. */
export function CiteThis() {
  const summit = useSummit();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const url = `${location.origin}${location.pathname}${location.search}`;
  // One citation format everywhere: the same text as the Share menu and exported files.
  const citation = citationText(summit, url, new Date());
  const copy = () => {
    if (!navigator.clipboard) {
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(citation).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  return (
    <>
      <h3>How to cite</h3>
      <p className="reader-cite">
        <q className="reader-cite__text">{citation}</q>
      </p>
      <p className="reader-cite__actions">
        <button type="button" onClick={copy}>
          Copy the citation
        </button>{' '}
        <span role="status">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Could not copy: select the text instead.'
              : ''}
        </span>
      </p>
      <p className="reader-note">The link keeps the current view, filters and selection.</p>
    </>
  );
}
