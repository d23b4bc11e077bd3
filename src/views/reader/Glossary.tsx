import { useMemo } from 'react';
import { isHttpUrl } from '../../data/validateSummit';
import { GLOSSARY, sortedGlossary, type GlossaryEntry } from '../../model/glossary';
import './reader.css';
import './readerPanels.css';

/** Plain-language definitions; each entry is an anchor (#glossary-<id>) that GlossaryText links to. */
export function Glossary({ entries = GLOSSARY }: { entries?: readonly GlossaryEntry[] }) {
  const sorted = useMemo(() => sortedGlossary(entries), [entries]);
  return (
    <section className="reader-section reader-glossary" id="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Glossary</h2>
      <p className="reader-note">
        Words used on this page, in plain language. Where a definition gives a fact about this summit, its
        source is linked.
      </p>
      <dl className="glossary-list">
        {sorted.map((e) => (
          <div className="glossary-entry" id={`glossary-${e.id}`} key={e.id}>
            <dt>{e.term}</dt>
            <dd>
              <span id={`glossary-def-${e.id}`}>{e.definition}</span>
              {e.sourceUrl !== undefined && isHttpUrl(e.sourceUrl) && (
                <span className="glossary-entry__source">
                  {' '}
                  Source:{' '}
                  <a href={e.sourceUrl} target="_blank" rel="noopener noreferrer">
                    {e.sourceLabel ?? new URL(e.sourceUrl).hostname}
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
