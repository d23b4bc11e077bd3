import type { MatrixSort } from '../state/viewState';

/** The matrix's row orders, as its sort menu names them; an exported image's subtitle says them too. */
export const SORT_LABELS: Record<MatrixSort, string> = {
  group: 'Affiliation (dataset order)',
  name: 'Family name',
  country: 'Country or organisation',
  stated: 'Most positions stated',
  agreement: 'Agreement with a leader',
};
