import { formatCalendarDate } from '../../model/calendar';
import { useSummit } from '../../state/hooks';
import { AboutMethod } from './AboutMethod';
import { CiteThis } from './CiteThis';
import './reader.css';

/** "About this dataset": version, notes, method, border policy, how to cite, licence. */
export function About() {
  const summit = useSummit();
  const { meta } = summit;
  return (
    <section className="reader-section reader-about" id="about" aria-labelledby="about-title">
      <h2 id="about-title">About this dataset</h2>
      <p>
        Dataset version <strong>{meta.datasetVersion}</strong>, updated{' '}
        <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time>, with {summit.sources.length}{' '}
        {summit.sources.length === 1 ? 'source' : 'sources'}, {summit.entities.length} countries and
        organisations, {summit.stances.length} stances, {summit.events.length} events and{' '}
        {summit.claims.length} checked claims.
      </p>
      {meta.notes.length > 0 && (
        <>
          <h3 id="about-notes">Notes on the data</h3>
          <ul className="reader-notes">
            {meta.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <AboutMethod />
      <CiteThis />
      <h3>Licence</h3>
      <p>
        The dataset is published under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">
          Creative Commons Attribution 4.0 (CC BY 4.0)
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        : you may share and adapt it if you credit Summit Atlas. The code is under the{' '}
        <a href="https://opensource.org/license/mit" target="_blank" rel="noopener noreferrer">
          MIT licence
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        . Quotes and linked articles belong to their publishers.
      </p>
    </section>
  );
}
