import { createContext } from 'react';
import type { Summit } from '../data/schema';
import type { AppStore } from './createAppStore';

export const StoreContext = createContext<AppStore | null>(null);
export const SummitContext = createContext<Summit | null>(null);
