import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (callback: () => void) => {
  document.addEventListener('fullscreenchange', callback);
  return () => document.removeEventListener('fullscreenchange', callback);
};

/** The Fullscreen API where the browser allows it; windowed presenting (for screen sharing) otherwise. */
export function useFullscreen() {
  const active = useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
  const exit = useCallback(async () => {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(async () => {
    if (document.fullscreenElement) await exit();
    else await document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [exit]);
  return { active, exit, toggle };
}
