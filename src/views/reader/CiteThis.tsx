import { useState } from 'react';
import type { SummitMeta } from '../../data/schema';
import { utcToCalendarDate } from '../../model/calendar';
import { formatCitation } from '../../model/overview';

/** Today's date where the reader is, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return utcToCalendarDate(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The citation text for the page as it is now, with a copy button. */
export function CiteThis({ meta }: { meta: SummitMeta }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const url = `${location.origin}${location.pathname}${location.search}`;
  const citation = formatCitation(meta, url, localToday());
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
