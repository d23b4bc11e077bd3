import { createContext } from 'react';
import type { Summit } from '../data/schema';
import type { AppStore } from './createAppStore';

export const StoreContext = createContext<AppStore | null>(null);
export const SummitContext = createContext<Summit | null>(null);

/**
 * True inside a view that is scrolled out of sight: its filtered data may then follow a filter change
 * one render later, so the views a reader is looking at repaint sooner. Default: on screen.
 */
export const OffscreenContext = createContext(false);
