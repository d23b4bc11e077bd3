import { useEffect, useState } from 'react';
import { decodeWorld, type World } from '../../model/mapWorld';

/** Relative, so the app works from any folder; index.html preloads the same URL. */
export const GEOMETRY_URL = 'geo/world.topo.json';

let pending: Promise<World> | null = null;

/** Fetches and decodes the geometry once per page; a failed load may be retried. */
export function loadWorld(): Promise<World> {
  pending ??= fetch(GEOMETRY_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(decodeWorld)
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** Forgets a loaded geometry, so the next map loads it afresh (tests; a dataset switch). */
export function resetWorldCache(): void {
  pending = null;
}

export type WorldState =
  | { status: 'loading' }
  | { status: 'ready'; world: World }
  | { status: 'error'; message: string; retry: () => void };

export function useWorld(): WorldState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<WorldState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadWorld().then(
      (world) => live && setState({ status: 'ready', world }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          retry: () => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
