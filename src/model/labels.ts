/** Plain-language names for the contract's coded values, shared by every view, filter and export. */
import type { Attendance, ClaimStatus, Confidence, PledgeStatus, Role, SourceKind } from '../data/schema';

export const ROLE_LABELS: Record<Role, string> = {
  host: 'Host',
  'co-chair': 'Co-chair',
  member: 'Member',
  observer: 'Observer',
  guest: 'Guest',
  'non-participant': 'Not taking part',
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  'in-person': 'In person',
  video: 'By video',
  // The US envoy sat in for part of the meeting; "partly in person" suggested a split delegation.
  partial: 'For part of the meeting',
  absent: 'Absent',
  unknown: 'Unconfirmed',
};

export const PLEDGE_LABELS: Record<PledgeStatus, string> = {
  'ready-to-deploy': 'Ready to deploy troops',
  'non-troop-support': 'Support without troops',
  'rules-out-troops': 'Rules out troops',
  undecided: 'Undecided',
  undisclosed: 'Not disclosed',
  'not-applicable': 'Not applicable',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High confidence',
  moderate: 'Moderate confidence',
  low: 'Low confidence',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'Official',
  agency: 'News agency',
  news: 'News',
  analysis: 'Analysis',
  reference: 'Reference',
  aggregator: 'Aggregator',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  corrected: 'Corrected',
  unverified: 'Unverified',
};
