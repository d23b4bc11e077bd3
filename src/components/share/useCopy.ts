import { useCallback, useEffect, useRef, useState } from 'react';

/** idle → copied (for a few seconds) | failed (no clipboard, or it refused: show a field to select). */
export type CopyStatus = 'idle' | 'copied' | 'failed';

export function useCopy(resetMs = 4000): { status: CopyStatus; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(
    async (text: string) => {
      clearTimeout(timer.current);
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        setStatus('copied');
        timer.current = setTimeout(() => setStatus('idle'), resetMs);
      } catch {
        setStatus('failed');
      }
    },
    [resetMs],
  );
  return { status, copy };
}
