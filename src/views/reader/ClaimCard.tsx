import { CLAIM_CHECKED_BY, CLAIM_ICONS, CLAIM_SIDE_LABELS, type ClaimPair } from '../../model/claims';
import { CLAIM_STATUS_LABELS } from '../../model/labels';
import { SourceLink, SourceLinks } from './SourceLinks';

/** One claim: status badge (icon + text), the claim and who made it, beside the check and its sources. */
export function ClaimCard({ pair }: { pair: ClaimPair }) {
  const titleId = `claim-${pair.id}-title`;
  return (
    <article className={`claim claim--${pair.status}`} id={`claim-${pair.id}`} aria-labelledby={titleId}>
      <div className="claim__side claim__side--claim">
        <h3 className="claim__title" id={titleId}>
          <span className={`claim-badge claim-badge--${pair.status}`}>
            <span aria-hidden="true">{CLAIM_ICONS[pair.status]}</span> {CLAIM_STATUS_LABELS[pair.status]}
            <span className="visually-hidden">:</span>
          </span>{' '}
          <span className="claim__text">{pair.text}</span>
        </h3>
        <p className="claim__by">
          Claimed by:{' '}
          {pair.claimant ? <SourceLink source={pair.claimant} /> : <span>a source not in this dataset</span>}
        </p>
      </div>
      <div className="claim__side claim__side--check">
        {pair.correction === null ? (
          // A heading over nothing but "Sources:" read as a check left blank.
          <SourceLinks sources={pair.checkSources} label={CLAIM_CHECKED_BY[pair.status]} />
        ) : (
          <>
            <p className="claim__label">{CLAIM_SIDE_LABELS[pair.status]}</p>
            <p className="claim__correction">{pair.correction}</p>
            <SourceLinks sources={pair.checkSources} />
          </>
        )}
      </div>
    </article>
  );
}
