import { CONFIDENCE_LABELS } from '../../model/labels';

const MARKS: readonly [string, string][] = [
  ['C2', 'confirmed by two or more independent sources.'],
  ['C', 'confirmed by one source read.'],
  ['P', 'only a weak or secondary source: an aggregator, a partisan site or unnamed officials.'],
  [
    'U',
    'not confirmed by any source read. Such items are not stated as fact: they appear as “Unconfirmed” attendance, an “Unverified” claim or “Not stated”.',
  ],
];

const LEVELS: readonly [string, string][] = [
  [
    CONFIDENCE_LABELS.high,
    'the person’s own words on the record, or an official readout, confirmed (C2 or C).',
  ],
  [CONFIDENCE_LABELS.moderate, 'a report or summary of what was said, or a position read from a statement.'],
  [
    CONFIDENCE_LABELS.low,
    'evidence that rests on a P source, or a position only implied, for example by co-signing a joint statement.',
  ],
];

function Marks({ items }: { items: readonly [string, string][] }) {
  return (
    <dl className="reader-marks">
      {items.map(([term, meaning]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** How the project's dataset was gathered and checked, and the border policy of the map. Static text. */
export function AboutMethod() {
  return (
    <>
      <h3>How the data was gathered and checked</h3>
      <p className="reader-note">This describes the dataset that ships with Summit Atlas.</p>
      <p>
        Every record rests on public sources: official readouts and statements, news agencies (Reuters, AFP,
        AP, PAP, APA and others) and news sites, read in stored copies. Where a site republished agency copy,
        the original agency is named in the publisher. Each fact was written down with the page it came from
        and marked by how well it is confirmed:
      </p>
      <Marks items={MARKS} />
      <p>
        The confidence shown in the views starts from that mark and also weighs how direct the evidence is. As
        a guide:
      </p>
      <Marks items={LEVELS} />
      <p>
        “Not stated” means no public statement was found; it is not a position, and “not disclosed” is not the
        same as “no”.
      </p>
      <p>
        The project started from one news article. Its main statements were checked against other sources, and
        the results, including what it got wrong, are listed under{' '}
        <a href="#claims">Claims checked against other sources</a>. For example, it named Keir Starmer among
        those attending, but he joined by video from Glasgow; and it quoted the Russian foreign ministry’s
        spokeswoman, Maria Zakharova, as rejecting “foreign interference”, where the sources read say “foreign
        intervention”.
      </p>
      <h3>Borders and map</h3>
      <p>
        The map draws internationally recognised borders. Crimea is shown as part of Ukraine, in line with UN
        General Assembly resolution 68/262 (2014). Country shapes come from{' '}
        <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">
          Natural Earth
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>{' '}
        through the{' '}
        <a href="https://github.com/topojson/world-atlas" target="_blank" rel="noopener noreferrer">
          world-atlas
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>{' '}
        package. Boundaries are simplified and are not authoritative.
      </p>
    </>
  );
}
