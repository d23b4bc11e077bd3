import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ExportMenu } from '../components/share/ExportMenu';
import { ShareMenu } from '../components/share/ShareMenu';
import { parseEmbedParam } from '../export/embedParam';
import { FilterBar } from '../components/filters/FilterBar';
import { ViewCountsLive } from '../components/liveCounts';
import { ThemeSelect } from '../components/ThemeSelect';
import { ViewBoundary } from '../components/ViewBoundary';
import { formatCalendarDate } from '../model/calendar';
import { slideViewState } from '../model/slides';
import { useAppStore, useAppStoreApi, useSummit } from '../state/hooks';
import { rememberViewBeforePresenting, slideToResume } from '../state/presentReturn';
import { Overview } from '../views/reader/Overview';
import { useDrawnMark } from './useDrawnMark';

// Below the fold or on request: loaded after the first paint to keep the first download small.
const PresentShell = lazy(() => import('./present/PresentShell').then((m) => ({ default: m.PresentShell })));
const ReaderSections = lazy(() => import('./ReaderSections'));
const EmbedFrame = lazy(() =>
  import('../components/share/EmbedFrame').then((m) => ({ default: m.EmbedFrame })),
);
const EntityPanel = lazy(() => import('../components/EntityPanel').then((m) => ({ default: m.EntityPanel })));
const ShortcutHelp = lazy(() => import('./ShortcutHelp').then((m) => ({ default: m.ShortcutHelp })));
const presenting = <p role="status">Opening presenting mode…</p>;
import { useShortcuts } from './useShortcuts';
import { ViewSection } from './ViewSection';
import { VIEW_NAMES } from '../state/viewNames';

interface AppShellProps {
  onOpenLoader?: () => void;
}

export function AppShell({ onOpenLoader }: AppShellProps) {
  const summit = useSummit();
  const store = useAppStoreApi();
  const present = useAppStore((s) => s.present);
  const focus = useAppStore((s) => s.view);
  const profileOpen = useAppStore((s) => s.profileEntity !== null);
  const [help, setHelp] = useState(false);
  const [embed] = useState(() => parseEmbedParam(window.location.search));
  useShortcuts(() => setHelp(true), !present && !embed);
  useDrawnMark();
  const readerReady = useAfterFirstPaint();
  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(present);
  // Leaving presenting mode (Exit, Esc or Back) hands focus back to where it was started.
  useEffect(() => {
    if (wasPresenting.current && !present) presentButton.current?.focus();
    wasPresenting.current = present;
  }, [present]);
  const { meta } = summit;
  if (embed) {
    return (
      <Suspense fallback={null}>
        <EmbedFrame which={embed}>
          {embed === 'story' ? (
            <Suspense fallback={presenting}>
              <PresentShell />
            </Suspense>
          ) : (
            <ViewSection which={embed} />
          )}
        </EmbedFrame>
      </Suspense>
    );
  }
  if (present) {
    return (
      <Suspense fallback={presenting}>
        <PresentShell />
      </Suspense>
    );
  }

  const resume = slideToResume(store);
  const startPresenting = () => {
    rememberViewBeforePresenting(store);
    store.getState().replace(slideViewState(summit.story, resume, store.getState()));
  };
  const views = focus === 'all' ? VIEW_NAMES : [focus, ...VIEW_NAMES.filter((v) => v !== focus)];

  return (
    <div className="app">
      <a className="skip-link" href="#filters">
        Skip to the filters
      </a>
      <a className="skip-link" href="#main">
        Skip to the views
      </a>
      <header className="app-header">
        <div className="app-header__text">
          <p className="app-header__brand">Summit Atlas</p>
          <h1 className="app-header__title">{meta.title}</h1>
          <p className="app-header__when">
            <time dateTime={meta.date}>{formatCalendarDate(meta.date)}</time> · {meta.location}
          </p>
        </div>
        <div className="app-header__tools">
          {summit.story.length > 0 && (
            <button type="button" onClick={startPresenting} ref={presentButton}>
              {resume > 0 ? `Resume the story (slide ${resume + 1})` : 'Present the story'}
            </button>
          )}
          {onOpenLoader && (
            <button type="button" onClick={onOpenLoader}>
              Load your own summit
            </button>
          )}
          <ShareMenu />
          <ThemeSelect />
        </div>
      </header>
      <ViewBoundary name="Overview">
        <Overview />
      </ViewBoundary>
      <ViewBoundary name="Filters">
        <FilterBar />
      </ViewBoundary>
      <main className={`views views--focus-${focus}`} id="main" tabIndex={-1}>
        <ViewCountsLive value={false}>
          {views.map((which) => (
            <ViewSection
              key={which}
              which={which}
              className={which === focus ? 'view--large' : ''}
              tools={<ExportMenu view={which} />}
            />
          ))}
        </ViewCountsLive>
      </main>
      {readerReady && (
        <Suspense fallback={null}>
          <ReaderSections />
        </Suspense>
      )}
      <ViewBoundary name="Details">
        {profileOpen && (
          <Suspense fallback={null}>
            <EntityPanel />
          </Suspense>
        )}
      </ViewBoundary>
      <footer className="app-footer">
        <p>
          Dataset version {meta.datasetVersion}, updated{' '}
          <time dateTime={meta.updated}>{formatCalendarDate(meta.updated)}</time> · {summit.sources.length}{' '}
          sources
        </p>
        <button type="button" onClick={() => setHelp(true)}>
          Keyboard shortcuts (?)
        </button>
      </footer>
      {help && (
        <Suspense fallback={null}>
          <ShortcutHelp onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * True once the browser is idle after the first paint: the long reading sections (sources, claims,
 * glossary) render then, so they do not hold up the map, matrix and timeline.
 */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => setReady(true), { timeout: 1500 });
    return () => cancel(id);
  }, []);
  return ready;
}
