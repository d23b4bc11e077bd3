import { useContext } from 'react';
import { useStore } from 'zustand';
import type { Summit } from '../data/schema';
import { StoreContext, SummitContext } from './contexts';
import type { AppState, AppStore } from './createAppStore';

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppProviders>');
  return store;
}

/** Read a slice of the store; pass a selector returning a primitive, or wrap it in `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

export function useSummit(): Summit {
  const summit = useContext(SummitContext);
  if (!summit) throw new Error('useSummit must be used inside <AppProviders>');
  return summit;
}
