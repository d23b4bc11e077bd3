import { createContext, useContext } from 'react';

/**
 * Whether a view announces its own "Showing N of M" to screen readers. In the full app the filter
 * summary announces every count once, so the views stay quiet instead of reading out three more
 * sentences per filter change; a view shown alone (an embed) announces its own.
 */
export const ViewCountsLive = createContext(true);

export function useCountRole(): 'status' | undefined {
  return useContext(ViewCountsLive) ? 'status' : undefined;
}
