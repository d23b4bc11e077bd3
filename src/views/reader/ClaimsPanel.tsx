import { useEffect, useMemo, useRef, useState } from 'react';
import { claimStatusCounts, pairClaims, type ClaimPair } from '../../model/claims';
import { CLAIM_STATUS_LABELS } from '../../model/labels';
import { useSummit } from '../../state/hooks';
import { ClaimCard } from './ClaimCard';
import './reader.css';
import './readerPanels.css';

/**
 * Claims from the reports beside what the sources show. Corrected, disputed and unverified claims are
 * listed first; confirmed ones fold into a disclosure that opens by itself when a link points into it.
 */
export function ClaimsPanel() {
  const summit = useSummit();
  const pairs = useMemo(() => pairClaims(summit), [summit]);
  const counts = claimStatusCounts(pairs);
  const doubtful = useMemo(() => pairs.filter((p) => p.status !== 'confirmed'), [pairs]);
  const confirmed = useMemo(() => pairs.filter((p) => p.status === 'confirmed'), [pairs]);
  const [showConfirmed, setShowConfirmed] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const openForHash = () => {
      const target = confirmed.find((p) => location.hash === `#claim-${p.id}`);
      if (!target) return;
      setShowConfirmed(true);
      // A section skipped off screen keeps its placeholder height: scrolled to a claim inside it, it
      // stays skipped (its box is above the window), and the sections below slide up over the claim.
      if (sectionRef.current) sectionRef.current.style.contentVisibility = 'visible';
      requestAnimationFrame(() => document.getElementById(`claim-${target.id}`)?.scrollIntoView?.());
    };
    openForHash();
    window.addEventListener('hashchange', openForHash);
    return () => window.removeEventListener('hashchange', openForHash);
  }, [confirmed]);

  return (
    <section
      ref={sectionRef}
      className="reader-section reader-claims"
      id="claims"
      aria-labelledby="claims-title"
    >
      <h2 id="claims-title">Claims checked against other sources</h2>
      {pairs.length === 0 ? (
        <p>This dataset records no claims to check.</p>
      ) : (
        <p className="reader-note">
          {pairs.length} {pairs.length === 1 ? 'claim' : 'claims'} from the reports, checked against other
          sources: {counts.map((c) => `${c.count} ${CLAIM_STATUS_LABELS[c.status].toLowerCase()}`).join(', ')}
          .
        </p>
      )}
      {doubtful.length > 0 && <ClaimList pairs={doubtful} />}
      {confirmed.length > 0 && (
        <details
          className="reader-disclosure claim-confirmed"
          open={showConfirmed}
          onToggle={(e) => setShowConfirmed(e.currentTarget.open)}
        >
          <summary>Claims the sources confirm ({confirmed.length})</summary>
          <ClaimList pairs={confirmed} />
        </details>
      )}
    </section>
  );
}

function ClaimList({ pairs }: { pairs: readonly ClaimPair[] }) {
  return (
    <ul className="claim-list">
      {pairs.map((pair) => (
        <li key={pair.id}>
          <ClaimCard pair={pair} />
        </li>
      ))}
    </ul>
  );
}
