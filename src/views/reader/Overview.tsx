import { useMemo } from 'react';
import { formatCalendarDate } from '../../model/calendar';
import { keyTakeaways } from '../../model/overview';
import { sourcesFor } from '../../model/sourcesFor';
import { useSummit } from '../../state/hooks';
import { GlossaryText } from './GlossaryText';
import { HeadlineFigures } from './HeadlineFigures';
import { SourceLinks } from './SourceLinks';
import './reader.css';

/** "The summit in brief": date and place, summary, headline figures beside the dataset's counts, takeaways. */
export function Overview() {
  const summit = useSummit();
  const { meta } = summit;
  const takeaways = useMemo(() => keyTakeaways(summit), [summit]);

  return (
    <section className="reader-section reader-overview" id="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">The summit in brief</h2>
      <p className="reader-overview__when">
        <time dateTime={meta.date}>{formatCalendarDate(meta.date)}</time> · {meta.location}
      </p>
      {meta.summary !== '' && (
        <p className="reader-overview__summary">
          <GlossaryText text={meta.summary} />
        </p>
      )}

      <h3>Headline figures</h3>
      <p className="reader-note">
        What the sources reported, and beside it what the records in this dataset can confirm.
      </p>
      <HeadlineFigures />
      {meta.notes.length > 0 && (
        <details className="reader-disclosure">
          <summary>Why do the figures differ?</summary>
          <ul>
            {meta.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
          <p>
            <a href="#about">More about how this dataset was made</a>
          </p>
        </details>
      )}

      {takeaways.length > 0 && (
        <>
          <h3>Key takeaways</h3>
          <ol className="reader-takeaways">
            {takeaways.map((t) => (
              <li key={t.id}>
                <p>
                  {t.text}
                  {t.href !== undefined && (
                    <>
                      {' '}
                      <a href={t.href}>See the claim and its check</a>
                    </>
                  )}
                </p>
                <SourceLinks sources={sourcesFor(summit, t.sourceIds)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
