import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { resolveDataParam } from '../data/dataUrl';
import type { DataIssue } from '../data/issues';
import { DEFAULT_DATA_URL, loadSummit } from '../data/loadSummit';
import { parseSummitText, MAX_DATASET_BYTES, type ParseResult } from '../data/parseSummit';
import type { Summit } from '../data/schema';
import { AppProviders } from '../state/AppProviders';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { keepKnownIds } from '../state/knownIds';
import { decodeViewState } from '../state/urlCodec';
import { startUrlSync } from '../state/urlSync';
import { AppShell } from './AppShell';
import { DocumentTheme } from './DocumentTheme';
import { useFileDrop } from './useFileDrop';

const DatasetDialogs = lazy(() => import('./DatasetDialogs').then((m) => ({ default: m.DatasetDialogs })));
const DataErrorScreen = lazy(() => import('./DataErrorScreen').then((m) => ({ default: m.DataErrorScreen })));
const Handout = lazy(() => import('./present/Handout').then((m) => ({ default: m.Handout })));

interface Shown {
  summit: Summit;
  store: AppStore;
  label: string;
}

export interface Failure {
  label: string;
  issues: DataIssue[];
}

interface AppProps {
  dataUrl?: string;
}

/** Loads and swaps datasets. A refused file never replaces the summit on screen. */
export function App({ dataUrl = DEFAULT_DATA_URL }: AppProps) {
  const [shown, setShown] = useState<Shown | null>(null);
  /** Only the first load shows a loading screen; later ones keep the current summit on screen. */
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [remote, setRemote] = useState<{ url: string; host: string } | null>(null);
  const [loaderOpen, setLoaderOpen] = useState(false);

  const accept = useCallback((result: ParseResult, label: string): boolean => {
    if (!result.ok) {
      setFailure({ label, issues: result.issues });
      return false;
    }
    setShown((previous) => ({
      summit: result.summit,
      label,
      // A new summit has other ids: start its view afresh, keeping only the theme.
      store: createAppStore(
        previous
          ? { theme: previous.store.getState().theme }
          : keepKnownIds(decodeViewState(location.search), result.summit),
      ),
    }));
    setFailure(null);
    return true;
  }, []);

  const loadUrl = useCallback(async (url: string) => accept(await loadSummit(url), url), [accept]);

  const loadFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_DATASET_BYTES) {
        const mb = (file.size / 1024 / 1024).toFixed(1);
        const limit = MAX_DATASET_BYTES / 1024 / 1024;
        return accept(
          {
            ok: false,
            issues: [{ path: '(file)', message: `the file is ${mb} MB; the limit is ${limit} MB` }],
          },
          file.name,
        );
      }
      return accept(parseSummitText(await file.text()), file.name);
    },
    [accept],
  );

  useEffect(() => {
    const request = resolveDataParam(location.search, location.href);
    const url = request.kind === 'same-origin' ? request.url : dataUrl;
    void loadSummit(url).then((result) => {
      accept(result, url);
      setLoading(false);
      if (request.kind === 'remote') setRemote({ url: request.url, host: request.host });
      if (request.kind === 'invalid') {
        const issue = { path: '(data parameter)', message: `"${request.value}" is not an http(s) address` };
        setFailure({ label: 'the data parameter', issues: [issue] });
      }
    });
  }, [dataUrl, accept]);

  const store = shown?.store ?? null;
  const summit = shown?.summit ?? null;
  useEffect(
    () => (store && summit ? startUrlSync(store, window, (state) => keepKnownIds(state, summit)) : undefined),
    [store, summit],
  );
  useFileDrop((file) => void loadFile(file));

  if (!shown) {
    if (loading) {
      return (
        <main className="loading" aria-busy="true">
          <p role="status">Loading the summit dataset…</p>
        </main>
      );
    }
    return (
      <Suspense fallback={null}>
        <DataErrorScreen
          source={failure?.label ?? dataUrl}
          issues={failure?.issues ?? []}
          {...(failure?.label !== dataUrl && { onLoadDefault: () => void loadUrl(dataUrl) })}
        />
      </Suspense>
    );
  }
  return (
    <AppProviders store={shown.store} summit={shown.summit}>
      <DocumentTheme />
      {new URLSearchParams(location.search).get('handout') === '1' ? (
        <Suspense fallback={<p role="status">Preparing the handout…</p>}>
          <Handout />
        </Suspense>
      ) : (
        <AppShell onOpenLoader={() => setLoaderOpen(true)} />
      )}
      {(loaderOpen || failure !== null || remote !== null) && (
        <Suspense fallback={null}>
          <DatasetDialogs
            loaderOpen={loaderOpen}
            onCloseLoader={() => setLoaderOpen(false)}
            onFile={loadFile}
            failure={failure}
            onDismissFailure={() => setFailure(null)}
            remote={remote}
            onConfirmRemote={(url) => {
              setRemote(null);
              void loadUrl(url);
            }}
            onDeclineRemote={() => setRemote(null)}
          />
        </Suspense>
      )}
    </AppProviders>
  );
}
