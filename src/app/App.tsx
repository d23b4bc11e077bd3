import { useEffect, useState } from 'react';
import type { DataIssue } from '../data/issues';
import { DEFAULT_DATA_URL, loadSummit } from '../data/loadSummit';
import type { Summit } from '../data/schema';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { AppProviders } from '../state/AppProviders';
import { decodeViewState } from '../state/urlCodec';
import { startUrlSync } from '../state/urlSync';
import { AppShell } from './AppShell';
import { DataErrorScreen } from './DataErrorScreen';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; issues: DataIssue[] }
  | { status: 'ready'; summit: Summit; store: AppStore };

interface AppProps {
  dataUrl?: string;
}

export function App({ dataUrl = DEFAULT_DATA_URL }: AppProps) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void loadSummit(dataUrl).then((result) => {
      if (cancelled) return;
      if (!result.ok) setLoad({ status: 'error', issues: result.issues });
      else
        setLoad({
          status: 'ready',
          summit: result.summit,
          store: createAppStore(decodeViewState(location.search)),
        });
    });
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);

  const store = load.status === 'ready' ? load.store : null;
  useEffect(() => (store ? startUrlSync(store) : undefined), [store]);

  if (load.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading the summit dataset…</p>
      </main>
    );
  }
  if (load.status === 'error') return <DataErrorScreen source={dataUrl} issues={load.issues} />;
  return (
    <AppProviders store={load.store} summit={load.summit}>
      <AppShell />
    </AppProviders>
  );
}
