import type { ReactNode } from 'react';
import type { Summit } from '../data/schema';
import type { AppStore } from './createAppStore';
import { StoreContext, SummitContext } from './contexts';

/** Gives the views the store and the loaded dataset; tests wrap a view in it with any state. */
export function AppProviders({
  store,
  summit,
  children,
}: {
  store: AppStore;
  summit: Summit;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <SummitContext.Provider value={summit}>{children}</SummitContext.Provider>
    </StoreContext.Provider>
  );
}
