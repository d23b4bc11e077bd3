import type { Pledge } from '../data/schema';
import { CONFIDENCE_LABELS, PLEDGE_LABELS } from '../model/labels';
import './pledgeFacts.css';

/** A pledge as both entity panels state it: status and domains, what was said, how sure the record is. */
export function PledgeFacts({ pledge }: { pledge: Pledge }) {
  return (
    <>
      <strong>{PLEDGE_LABELS[pledge.status]}</strong>
      {pledge.domains.length > 0 && ` (${pledge.domains.join(', ')})`}
      <span className="pledge-facts__line">{pledge.summary}</span>
      <span className="pledge-facts__line pledge-facts__confidence">
        {CONFIDENCE_LABELS[pledge.confidence]}
      </span>
    </>
  );
}
